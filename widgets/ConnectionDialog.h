// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "widgets/ConnectionProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Colvault {

// Edits one connection profile: name, URL, authentication (none or API key), extra headers and TLS options.
// GUI thread. Usage: setProfile(profile, apiKey); open(); on accepted read profile() and apiKey(). It stores
// nothing itself: the main window saves the profile through ProfileStore (settings; key and headers to the
// SecretStore). A URL typed with user:password is accepted without them, and a note under the URL says so.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget* parent = nullptr);

    void setProfile(const ConnectionProfile& profile, const QByteArray& apiKey);
    ConnectionProfile profile() const;
    QByteArray apiKey() const;

private:
    void updateState();

    QLineEdit* m_name;
    QLineEdit* m_url;
    QLabel* m_credentialsLabel;
    QComboBox* m_auth;
    QLineEdit* m_apiKey;
    QPlainTextEdit* m_headers;
    QLineEdit* m_caFile;
    QCheckBox* m_insecure;
    QLineEdit* m_grpcUrl;
    QPushButton* m_ok;
};

} // namespace Colvault
