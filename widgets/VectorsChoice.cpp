// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/VectorsChoice.h"

#include "core/WeaviateClient.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QRadioButton>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <exception>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {
struct ModulesRead
{
    QStringList modules;
    QString error; // translated, "" when read
};
} // namespace

VectorsChoice::VectorsChoice(bool restoreWords, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"vectorsChoice"_s);
    m_keep = new QRadioButton(restoreWords ? tr("Restore the ve&ctors") : tr("Copy the ve&ctors"), this);
    m_keep->setObjectName(u"keepVectorsRadioButton"_s);
    m_keep->setToolTip(restoreWords ? tr("The objects are restored with the vectors the archive holds")
                                    : tr("The objects are copied with the vectors the source holds"));
    m_omit = new QRadioButton(tr("&Leave them out and let the target compute new ones with:"), this);
    m_omit->setObjectName(u"omitVectorsRadioButton"_s);
    m_module = new QComboBox(this);
    m_module->setObjectName(u"vectorizerComboBox"_s);
    m_module->setAccessibleName(tr("Vectorizer module of the target"));
    m_tip = tr("The created collections get this module of the target for their vector and every named "
               "vector; the target embeds the objects as they are written. To choose a module per named "
               "vector, use the command line's --vectorizer NAME=MODULE.");
    m_omit->setToolTip(m_tip);
    m_module->setToolTip(m_tip);
    auto* group = new QButtonGroup(this);
    group->addButton(m_keep);
    group->addButton(m_omit);
    m_keep->setChecked(true);

    // One row, and what keeps a module from being chosen in the box's placeholder and tooltip, not in a line of its
    // own: the restore wizard's target page has to fit a 720-pixel-high screen.
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_keep, 0, 0);
    layout->addWidget(m_omit, 0, 1);
    layout->addWidget(m_module, 0, 2);
    layout->setColumnStretch(2, 1);

    connect(m_omit, &QRadioButton::toggled, this, &VectorsChoice::updateState);
    connect(m_module, &QComboBox::currentIndexChanged, this, &VectorsChoice::changed);
    updateState();
}

QStringList VectorsChoice::vectorizerModules(const QStringList& serverModules)
{
    QStringList out;
    for (const QString& m : serverModules)
        if (m.contains(u"2vec-"_s))
            out << m;
    out.sort();
    return out;
}

VectorsChoice::~VectorsChoice()
{
    if (m_cancelRead)
        m_cancelRead->store(true);
}

void VectorsChoice::readModules(const WeaviateEndpoint& endpoint)
{
    const int generation = ++m_generation;
    if (m_cancelRead)
        m_cancelRead->store(true); // an earlier target's read: its answer is dropped anyway
    m_cancelRead = std::make_shared<std::atomic_bool>(false);
    if (m_wanted.isEmpty())
        m_wanted = m_module->currentText(); // the choice stays when the next target has that module too
    m_read = false;
    showModules({}, QString());
    auto* watcher = new QFutureWatcher<ModulesRead>(this);
    connect(watcher, &QFutureWatcher<ModulesRead>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // another target was chosen meanwhile
        const ModulesRead read = watcher->result();
        m_read = true;
        showModules(vectorizerModules(read.modules), read.error);
    });
    // Only a copy of the endpoint goes to the worker: the page may close before the server answers.
    watcher->setFuture(QtConcurrent::run([endpoint, cancel = m_cancelRead] {
        ModulesRead out;
        try {
            OpError error;
            WeaviateClient client(endpoint);
            client.setCancelCheck([cancel] { return cancel->load(); });
            const ServerInfo server = client.serverInfo(&error);
            out.modules = server.modules;
            out.error = error.message;
        } catch (const std::exception&) {
            out.error = tr("The server's modules could not be read.");
        }
        return out;
    }));
}

void VectorsChoice::showModules(const QStringList& modules, const QString& error)
{
    {
        const QSignalBlocker block(m_module);
        m_module->clear();
        m_module->addItems(modules);
        m_module->setCurrentIndex(std::max(0, int(m_module->findText(m_wanted))));
    }
    if (m_read)
        m_wanted.clear();
    // A target without a vectorizer module can only be given the vectors.
    m_omit->setEnabled(!m_read || !modules.isEmpty());
    if (!m_omit->isEnabled())
        m_keep->setChecked(true);
    QString why;
    if (!m_read)
        m_module->setPlaceholderText(tr("Reading the target's modules…"));
    else if (!error.isEmpty()) {
        m_module->setPlaceholderText(tr("Modules not read"));
        //: %1 the server's error message
        why = tr("The target's modules could not be read (%1), so the vectors can only be kept.").arg(error);
    } else if (modules.isEmpty()) {
        m_module->setPlaceholderText(tr("No vectorizer module on the target"));
        why = tr("The target has no vectorizer module (text2vec-… and the like), so the vectors can only be kept.");
    }
    m_omit->setToolTip(why.isEmpty() ? m_tip : why);
    m_module->setToolTip(why.isEmpty() ? m_tip : why);
    updateState();
}

void VectorsChoice::updateState()
{
    m_module->setEnabled(m_omit->isChecked() && m_module->count() > 0);
    Q_EMIT changed();
}

bool VectorsChoice::omit() const
{
    return m_omit->isChecked();
}

QString VectorsChoice::module() const
{
    return m_module->count() > 0 ? m_module->currentText() : QString();
}

void VectorsChoice::fillParams(RestoreParams* params) const
{
    params->vectors = omit() ? RestoreVectors::Omit : RestoreVectors::Keep;
    params->vectorizers.clear();
    if (omit() && !module().isEmpty())
        params->vectorizers.insert(QString(), module());
}

bool VectorsChoice::isComplete() const
{
    return !omit() || !module().isEmpty();
}

QWidgetList VectorsChoice::fields() const
{
    return {m_keep, m_omit, m_module};
}

void VectorsChoice::choose(RestoreVectors vectors, const QString& module)
{
    m_wanted = vectors == RestoreVectors::Omit ? module : QString();
    (vectors == RestoreVectors::Omit ? m_omit : m_keep)->setChecked(true);
    if (const int i = m_module->findText(module); i >= 0 && !m_wanted.isEmpty()) {
        m_module->setCurrentIndex(i);
        m_wanted.clear();
    }
    updateState();
}

} // namespace Colvault
