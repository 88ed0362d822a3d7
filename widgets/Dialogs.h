// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>
#include <functional>

class QUrl;
class QWidget;

namespace Colvault {

// The one way widgets ask the user something through a message box or a file dialog. Everything is
// window-modal and asynchronous (open(), never exec()): the answer arrives in a callback on the GUI thread, which
// does not run once `parent` is gone. Tests queue answers with setNextAnswer()/setNextFileName(); a queued answer
// is delivered on the next event-loop turn without showing anything.
class Dialogs
{
public:
    using AnswerDone = std::function<void(QMessageBox::StandardButton)>;
    using FileDone = std::function<void(const QString& path)>; // empty when the user canceled

    // `yesText` and `noText` name the Yes and No buttons after what they do ("Cancel Backup", "Keep Running"); empty
    // keeps "Yes" and "No". The answer is still QMessageBox::Yes or No (Escape: No).
    static void question(QWidget* parent, const QString& title, const QString& text, AnswerDone done,
        const QString& yesText = QString(), const QString& noText = QString());
    static void information(QWidget* parent, const QString& title, const QString& text);
    static void about(QWidget* parent, const QString& title, const QString& text);
    static void saveFileName(
        QWidget* parent, const QString& caption, const QString& suggestedPath, const QString& filter, FileDone done);
    static void openFileName(
        QWidget* parent, const QString& caption, const QString& dir, const QString& filter, FileDone done);
    // Opens `url` with the desktop (QDesktopServices): false when nothing answered, e.g. no file manager.
    static bool openUrl(const QUrl& url);

    // Test hooks: the next question is answered with `answer`, the next file dialog with `path`.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static void setNextFileName(const QString& path);
    static void setNextOpenUrlResult(bool opened); // the next openUrl() returns this and opens nothing
    static void clearNextAnswers();
    static int shownCount(); // message boxes actually shown (informations and abouts included)
};

} // namespace Colvault
