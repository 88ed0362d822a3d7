// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QLineEdit>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <functional>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Colvault {

// The filter box above a tree of collections and their tenants (the backup dialog, the clear wizard, the restore
// wizard's archive), with a note to put under the tree. Typing hides the rows that do not match and shows the
// tenants that do, with their collection opened; clearing it shows everything again and opens the collections that
// were open before, and those whose tenants were ticked while filtering (so that those ticks stay in sight). The box's
// placeholder and tooltip state the rule. Hiding never changes a check box: a ticked tenant that is hidden stays
// selected, and the note says how many of them there are. The rule (one for every tree): plain text is found anywhere
// in a name, in any case; a pattern (acme-*, t?, [a-c]*,
// [!x]*) matches whole names, case-sensitively, as `--tenants` does (core/TenantSelection). A collection whose name
// matches shows all its tenants. Names are read from column 0's text.
// Enter in the box goes to the first row shown whose own name matches (Space then ticks it), never to the dialog's
// default button; Ctrl+F in the box's window comes to the box.
// Fast for tens of thousands of tenants: the pattern is compiled once per change and only rows whose visibility
// changes are touched, with the tree's updates off meanwhile.
// GUI thread. Usage: auto* filter = new TenantFilter(tree, this); lay out filter above the tree and filter->note()
// under it; after refilling the tree call reset() for the placeholder (clearing the tree empties the box). A tree with
// check boxes ticks collections with tickShown() and syncCollection(), so that a collection's box acts on the tenants
// shown only.
class TenantFilter : public QLineEdit
{
    Q_OBJECT

public:
    // Whether a tenant's box may be ticked; by default, when it is enabled and user-checkable.
    using Tickable = std::function<bool(const QTreeWidgetItem*)>;

    TenantFilter(QTreeWidget* tree, QWidget* parent);

    QLabel* note() const { return m_note; }
    // After the owner refilled the tree: an empty box (nothing filtered), the note hidden, a placeholder that says
    // whether tenants or collections are filtered.
    void reset();
    bool isFiltering() const { return m_filtering; }
    // Whether `name` matches the box's text by the rule above (everything matches an empty box).
    bool matches(const QString& name) const;
    // Each time the box's parent (a wizard page) is shown, the tree takes the focus, after the wizard gave it to the
    // page's first field, the box: the choice first, where Return is Next; the box is one Shift+Tab or Ctrl+F away.
    void focusTreeWhenShown();

    // A click on a collection's box: ticks or clears its tickable tenants that are shown; hidden ones keep their
    // state. When every shown one is ticked already and a hidden one is not (the box is partly ticked), the click
    // clears the shown ones, as it would change nothing otherwise. Then syncCollection().
    static void tickShown(QTreeWidgetItem* collection, const Tickable& tickable = {});
    // A collection's box from its tickable tenants: ticked, partly or not. Without any tickable tenant the box stays
    // as the user left it.
    static void syncCollection(QTreeWidgetItem* collection, const Tickable& tickable = {});

Q_SIGNALS:
    // After rows were shown or hidden.
    void filtered();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void apply(const QString& text);
    void forget(); // nothing filtered: an empty box, no note
    void showNote(int shown, int total, int hiddenTicked, bool checkable);
    void recount(); // the note
    void recountSoon(); // the note after ticks changed, once per event-loop turn

    QTreeWidget* m_tree;
    QLabel* m_note;
    QString m_needle;
    bool m_pattern = false;
    QRegularExpression m_expression;
    bool m_filtering = false;
    bool m_recountPending = false;
    QStringList m_expandedBeforeFilter; // collections open when filtering began, open again when it ends
    QSet<QString> m_tickedWhileFiltering; // collections whose boxes changed while filtering: opened when it ends
};

} // namespace Colvault
