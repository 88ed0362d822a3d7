// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Colvault {

// The equivalent `colvault-cli` command of what a dialog or wizard does, read-only and selectable, with a Copy
// button (as pgAdmin shows the pg_dump command it runs), and a note when secrets were left out of it: the API key
// and headers (`secretsOmitted`), the proxy password (PROXY_PASSWORD_FILE in the command). The command comes from
// core's CliCommandLine. GUI thread. Usage: setCommand(CliCommandLine::backup(params), omitted).
class CommandLineBox : public QWidget
{
    Q_OBJECT

public:
    explicit CommandLineBox(QWidget* parent = nullptr);

    // `secretsOmitted`: the connection has an API key or extra headers, which the command does not show. A proxy
    // password is noted when the command holds its placeholder.
    void setCommand(const QString& command, bool secretsOmitted);
    QString command() const;

private:
    QLineEdit* m_command;
    QPushButton* m_copy;
    QLabel* m_note;
};

} // namespace Colvault
