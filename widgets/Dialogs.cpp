// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/Dialogs.h"

#include <QAbstractButton>
#include <QDesktopServices>
#include <QFileDialog>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace Colvault {

namespace {
QList<QMessageBox::StandardButton> g_answers;
QStringList g_fileNames;
QList<bool> g_openUrlResults;
int g_shown = 0;

QMessageBox* makeBox(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons)
{
    auto* box = new QMessageBox(icon, title, text, buttons, parent);
    box->setObjectName(QStringLiteral("dialogsMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    ++g_shown;
    return box;
}
} // namespace

void Dialogs::question(QWidget* parent, const QString& title, const QString& text, AnswerDone done,
    const QString& yesText, const QString& noText)
{
    if (!g_answers.isEmpty()) {
        QTimer::singleShot(0, parent, [done = std::move(done), a = g_answers.takeFirst()] { done(a); });
        return;
    }
    QMessageBox* box = makeBox(parent, QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No);
    box->setDefaultButton(QMessageBox::No);
    if (!yesText.isEmpty())
        box->button(QMessageBox::Yes)->setText(yesText);
    if (!noText.isEmpty())
        box->button(QMessageBox::No)->setText(noText);
    QObject::connect(box, &QMessageBox::finished, parent,
        [box, done = std::move(done)](int) { done(box->standardButton(box->clickedButton())); });
    box->open();
}

void Dialogs::information(QWidget* parent, const QString& title, const QString& text)
{
    makeBox(parent, QMessageBox::Information, title, text, QMessageBox::Ok)->open();
}

void Dialogs::about(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox* box = makeBox(parent, QMessageBox::NoIcon, title, text, QMessageBox::Ok);
    box->setObjectName(QStringLiteral("aboutMessageBox"));
    box->setTextFormat(Qt::RichText);
    box->open();
}

static void fileDialog(QWidget* parent, QFileDialog::AcceptMode mode, const QString& caption, const QString& path,
    const QString& filter, Dialogs::FileDone done)
{
    if (!g_fileNames.isEmpty()) {
        QTimer::singleShot(0, parent, [done = std::move(done), p = g_fileNames.takeFirst()] { done(p); });
        return;
    }
    auto* dialog = new QFileDialog(parent, caption, path, filter);
    dialog->setObjectName(QStringLiteral("dialogsFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(mode);
    dialog->setFileMode(mode == QFileDialog::AcceptSave ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    if (mode == QFileDialog::AcceptSave)
        dialog->selectFile(path);
    auto shared = std::make_shared<Dialogs::FileDone>(std::move(done));
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, [shared](const QString& p) { (*shared)(p); });
    QObject::connect(dialog, &QFileDialog::rejected, parent, [shared] { (*shared)(QString()); });
    dialog->open();
}

void Dialogs::saveFileName(
    QWidget* parent, const QString& caption, const QString& suggestedPath, const QString& filter, FileDone done)
{
    fileDialog(parent, QFileDialog::AcceptSave, caption, suggestedPath, filter, std::move(done));
}

void Dialogs::openFileName(
    QWidget* parent, const QString& caption, const QString& dir, const QString& filter, FileDone done)
{
    fileDialog(parent, QFileDialog::AcceptOpen, caption, dir, filter, std::move(done));
}

bool Dialogs::openUrl(const QUrl& url)
{
    if (!g_openUrlResults.isEmpty())
        return g_openUrlResults.takeFirst();
    return QDesktopServices::openUrl(url);
}

void Dialogs::setNextOpenUrlResult(bool opened)
{
    g_openUrlResults.append(opened);
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_answers.append(answer);
}

void Dialogs::setNextFileName(const QString& path)
{
    g_fileNames.append(path);
}

void Dialogs::clearNextAnswers()
{
    g_answers.clear();
    g_fileNames.clear();
    g_openUrlResults.clear();
}

int Dialogs::shownCount()
{
    return g_shown;
}

} // namespace Colvault
