// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QMainWindow>

namespace Colvault {

// The application's main window. GUI thread only. It will host the connection profiles, the collections view
// and the log pane; for now it shows the product name and what the application will offer.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
};

} // namespace Colvault
