// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/TenantFilter.h"

#include "core/TenantSelection.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QShortcut>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {
bool tickableByFlags(const QTreeWidgetItem* tenant)
{
    return tenant->flags().testFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
}

bool hasBox(const QTreeWidgetItem* item)
{
    return item->data(0, Qt::CheckStateRole).isValid();
}

bool anyTicked(const QTreeWidgetItem* collection)
{
    for (int i = 0; i < collection->childCount(); ++i)
        if (collection->child(i)->checkState(0) == Qt::Checked)
            return true;
    return false;
}
} // namespace

TenantFilter::TenantFilter(QTreeWidget* tree, QWidget* parent)
    : QLineEdit(parent)
    , m_tree(tree)
{
    setObjectName(u"tenantFilterLineEdit"_s);
    setClearButtonEnabled(true);
    setAccessibleName(tr("Filter tenants"));
    setAccessibleDescription(tr("Shows only the tenants and collections whose name contains this text, or matches "
                                "it as a pattern: acme-*, t?, [a-c]*."));
    setToolTip(tr("Plain text is found anywhere in a name, in any case: \"acme\" finds ACME-1 and old-acme.\n"
                  "A pattern with *, ? or [ ] matches whole names, case-sensitively: acme-* finds acme-1 but not "
                  "ACME-1; [ab]* finds names that start with a or b; [!x]* those that do not start with x."));
    m_note = new QLabel(parent);
    m_note->setObjectName(u"filterNoteLabel"_s);
    m_note->setWordWrap(true);
    m_note->hide();
    setPlaceholderText(tr("Filter tenants: text, or a pattern such as acme-* or [ab]*"));
    connect(this, &QLineEdit::textChanged, this, &TenantFilter::apply);
    // A tree cleared for new rows shows them all: the box says so too.
    connect(m_tree->model(), &QAbstractItemModel::modelReset, this, &TenantFilter::forget);
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (column != 0 || !m_filtering)
            return;
        m_tickedWhileFiltering.insert((item->parent() ? item->parent() : item)->text(0));
        recountSoon();
    });
    // As in the main window: Ctrl+F goes to the filter (while the box is shown: a wizard's other pages keep theirs).
    connect(new QShortcut(QKeySequence::Find, this), &QShortcut::activated, this, [this] {
        setFocus(Qt::ShortcutFocusReason);
        selectAll();
    });
}

void TenantFilter::reset()
{
    forget();
    bool anyTenants = false;
    for (int i = 0; i < m_tree->topLevelItemCount() && !anyTenants; ++i)
        anyTenants = m_tree->topLevelItem(i)->childCount() > 0;
    setPlaceholderText(anyTenants ? tr("Filter tenants: text, or a pattern such as acme-* or [ab]*")
                                  : tr("Filter collections: text, or a pattern such as acme-* or [ab]*"));
}

void TenantFilter::forget()
{
    m_filtering = false;
    m_expandedBeforeFilter.clear();
    m_tickedWhileFiltering.clear();
    {
        const QSignalBlocker block(this);
        clear();
    }
    m_needle.clear();
    m_pattern = false;
    m_note->hide();
}

bool TenantFilter::matches(const QString& name) const
{
    if (m_needle.isEmpty())
        return true;
    return m_pattern ? m_expression.match(name).hasMatch() : name.contains(m_needle, Qt::CaseInsensitive);
}

void TenantFilter::apply(const QString& text)
{
    const QString needle = text.trimmed();
    const bool filtering = !needle.isEmpty();
    if (filtering && !m_filtering) {
        m_expandedBeforeFilter.clear();
        m_tickedWhileFiltering.clear();
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
            if (m_tree->topLevelItem(i)->isExpanded())
                m_expandedBeforeFilter.append(m_tree->topLevelItem(i)->text(0));
    }
    // Compiled once for all names: a filter over 10,000 tenants runs on every key typed.
    m_needle = needle;
    m_pattern = TenantSelection::isPattern(needle);
    m_expression = m_pattern ? TenantSelection::expression(needle) : QRegularExpression();
    // A pattern still being typed ("t1[") is not one yet: as text it matches no tenant name, and warns nothing.
    m_pattern = m_pattern && m_expression.isValid();
    m_tree->setUpdatesEnabled(false);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* collection = m_tree->topLevelItem(i);
        const QString name = collection->text(0);
        const bool named = matches(name);
        int shown = 0;
        for (int j = 0; j < collection->childCount(); ++j) {
            QTreeWidgetItem* tenant = collection->child(j);
            const bool show = named || matches(tenant->text(0));
            if (tenant->isHidden() == show) // only what changes: a no-op is not free with thousands of tenants
                tenant->setHidden(!show);
            shown += show ? 1 : 0;
        }
        collection->setHidden(!named && shown == 0);
        if (filtering && !named && shown > 0)
            collection->setExpanded(true); // the matching tenants are what was looked for
        else if (!filtering && m_filtering) // as before, and open where tenants were ticked while filtered
            collection->setExpanded(m_expandedBeforeFilter.contains(name)
                || (m_tickedWhileFiltering.contains(name) && anyTicked(collection)));
    }
    m_tree->setUpdatesEnabled(true);
    m_filtering = filtering;
    recount();
    Q_EMIT filtered();
}

void TenantFilter::recountSoon()
{
    if (m_recountPending)
        return;
    m_recountPending = true;
    // Once per event-loop turn: ticking a collection changes each of its tenants.
    QTimer::singleShot(0, this, [this] {
        m_recountPending = false;
        recount();
    });
}

void TenantFilter::recount()
{
    if (!m_filtering) {
        m_note->hide();
        return;
    }
    int shown = 0;
    int total = 0;
    int hiddenTicked = 0;
    bool checkable = false;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* collection = m_tree->topLevelItem(i);
        checkable = checkable || hasBox(collection);
        for (int j = 0; j < collection->childCount(); ++j) {
            const QTreeWidgetItem* tenant = collection->child(j);
            const bool hidden = tenant->isHidden();
            shown += hidden ? 0 : 1;
            hiddenTicked += hidden && tenant->checkState(0) == Qt::Checked ? 1 : 0;
        }
        total += int(collection->childCount());
    }
    showNote(shown, total, hiddenTicked, checkable);
}

void TenantFilter::showNote(int shown, int total, int hiddenTicked, bool checkable)
{
    // Without tenants the rows say enough; with them, what is shown and what a collection's box does now.
    m_note->setVisible(total > 0);
    if (total == 0)
        return;
    const QString count = QLocale().toString(shown);
    QStringList lines;
    lines.append(checkable
            //: %1 the number of tenants shown
            ? tr("Showing %1 of %Ln tenant(s). Ticking a collection ticks or clears only the tenants shown; hidden "
                 "tenants keep their state.",
                nullptr, total)
                  .arg(count)
            //: %1 the number of tenants shown
            : tr("Showing %1 of %Ln tenant(s).", nullptr, total).arg(count));
    if (hiddenTicked > 0)
        lines.append(tr("Hidden by the filter but still selected: %Ln tenant(s).", nullptr, hiddenTicked));
    m_note->setText(lines.join(u'\n'));
}

void TenantFilter::focusTreeWhenShown()
{
    parentWidget()->installEventFilter(this);
}

bool TenantFilter::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Show)
        QTimer::singleShot(0, m_tree, [tree = m_tree] {
            if (tree->isVisible())
                tree->setFocus(Qt::OtherFocusReason);
        });
    return QLineEdit::eventFilter(watched, event);
}

void TenantFilter::keyPressEvent(QKeyEvent* event)
{
    if (event->key() != Qt::Key_Return && event->key() != Qt::Key_Enter) {
        QLineEdit::keyPressEvent(event);
        return;
    }
    // To the first row shown whose own name matches, where Space ticks it; never the dialog's default button.
    for (QTreeWidgetItemIterator it(m_tree, QTreeWidgetItemIterator::NotHidden); *it && m_filtering; ++it) {
        const QTreeWidgetItem* parent = (*it)->parent();
        if ((!parent || parent->isExpanded()) && matches((*it)->text(0))) {
            m_tree->setCurrentItem(*it);
            break;
        }
    }
    m_tree->setFocus(Qt::OtherFocusReason);
    event->accept();
}

void TenantFilter::tickShown(QTreeWidgetItem* collection, const Tickable& tickable)
{
    const Tickable canTick = tickable ? tickable : Tickable(tickableByFlags);
    Qt::CheckState wanted = collection->checkState(0);
    if (wanted == Qt::PartiallyChecked)
        return; // set by code from its tenants
    QList<QTreeWidgetItem*> shown;
    bool allShownChecked = true;
    bool hiddenUnchecked = false;
    for (int i = 0; i < collection->childCount(); ++i) {
        QTreeWidgetItem* tenant = collection->child(i);
        if (!canTick(tenant))
            continue;
        const bool checked = tenant->checkState(0) == Qt::Checked;
        if (tenant->isHidden()) {
            hiddenUnchecked = hiddenUnchecked || !checked;
            continue;
        }
        shown.append(tenant);
        allShownChecked = allShownChecked && checked;
    }
    if (wanted == Qt::Checked && allShownChecked && hiddenUnchecked)
        wanted = Qt::Unchecked;
    for (QTreeWidgetItem* tenant : std::as_const(shown))
        tenant->setCheckState(0, wanted);
    syncCollection(collection, canTick);
}

void TenantFilter::syncCollection(QTreeWidgetItem* collection, const Tickable& tickable)
{
    const Tickable canTick = tickable ? tickable : Tickable(tickableByFlags);
    int tickables = 0;
    int checked = 0;
    for (int i = 0; i < collection->childCount(); ++i) {
        const QTreeWidgetItem* tenant = collection->child(i);
        if (!canTick(tenant))
            continue;
        ++tickables;
        checked += tenant->checkState(0) == Qt::Checked ? 1 : 0;
    }
    if (tickables > 0)
        collection->setCheckState(0,
            checked == 0               ? Qt::Unchecked
                : checked == tickables ? Qt::Checked
                                       : Qt::PartiallyChecked);
}

} // namespace Colvault
