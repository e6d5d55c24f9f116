#pragma once

#include "CaseWorkflow.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow::core {

// One of the registry's standard reasons (规范化事由): a stable code that statistics count and the
// text printed on the notice.
struct StandardReason
{
    QString code; // "B01", "R04" …
    QString text;
};

// The standard reasons for asking corrections, refusing and rejecting, as data
// (resources/data/reasons.json). The counter offers them to pick from, with free text added; the
// codes picked travel in the event (payload "reasonCodes") and both sides check them here.
class ReasonCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ReasonCatalogue)
public:
    static const ReasonCatalogue &instance(); // the built-in catalogue
    // Parses a catalogue; an empty one and `*error` set when the JSON is not one.
    static ReasonCatalogue fromJson(const QByteArray &json, QString *error = nullptr);

    // The reasons offered for `action`, in the catalogue's order (none for actions without any).
    QList<StandardReason> forAction(CaseAction action) const;
    // The reason of `code` for `action`, or null.
    const StandardReason *find(CaseAction action, const QString &code) const;
    // The first code of `codes` that is not one of `action`'s (empty when all are): what the
    // workflow refuses.
    QString unknownCode(CaseAction action, const QStringList &codes) const;

    // The reason text as the notice prints it: each picked reason's text on its own line, then the
    // clerk's own words.
    static QString compose(const QList<StandardReason> &picked, const QString &ownWords);

private:
    QHash<int, QList<StandardReason>> m_byAction;
};

} // namespace ow::core
