#include "ReasonCatalogue.h"

#include "CoreSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::core {
namespace {

// The catalogue's keys for the actions that take standard reasons.
const QList<QPair<CaseAction, QString>> &actionKeys()
{
    static const QList<QPair<CaseAction, QString>> keys{
        {CaseAction::RequestCorrection, QStringLiteral("request_correction")},
        {CaseAction::Refuse, QStringLiteral("refuse")},
        {CaseAction::Reject, QStringLiteral("reject")},
    };
    return keys;
}

} // namespace

const ReasonCatalogue &ReasonCatalogue::instance()
{
    static const ReasonCatalogue catalogue = [] {
        QString error;
        ReasonCatalogue parsed = fromJson(detail::readDataResource(QStringLiteral("reasons.json")), &error);
        Q_ASSERT_X(error.isEmpty(), "ReasonCatalogue", "the built-in reasons.json does not parse");
        return parsed;
    }();
    return catalogue;
}

ReasonCatalogue ReasonCatalogue::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject actions = doc.object().value(QLatin1String("actions")).toObject();
    ReasonCatalogue catalogue;
    if (parseError.error != QJsonParseError::NoError || actions.isEmpty()) {
        if (error)
            *error = tr("The reasons catalogue is not valid JSON with \"actions\".");
        return catalogue;
    }
    for (const auto &[action, key] : actionKeys()) {
        QList<StandardReason> reasons;
        for (const QJsonValue &entry : actions.value(key).toArray()) {
            const QString code = entry[QLatin1String("code")].toString().trimmed();
            const QString text = entry[QLatin1String("text")].toString().trimmed();
            if (!code.isEmpty() && !text.isEmpty())
                reasons.append({code, text});
        }
        catalogue.m_byAction.insert(int(action), reasons);
    }
    return catalogue;
}

QList<StandardReason> ReasonCatalogue::forAction(CaseAction action) const
{
    return m_byAction.value(int(action));
}

const StandardReason *ReasonCatalogue::find(CaseAction action, const QString &code) const
{
    const auto it = m_byAction.constFind(int(action));
    if (it == m_byAction.constEnd())
        return nullptr;
    for (const StandardReason &reason : it.value()) {
        if (reason.code == code)
            return &reason;
    }
    return nullptr;
}

QString ReasonCatalogue::unknownCode(CaseAction action, const QStringList &codes) const
{
    for (const QString &code : codes) {
        if (!find(action, code))
            return code.isEmpty() ? QStringLiteral("\"\"") : code;
    }
    return {};
}

QString ReasonCatalogue::compose(const QList<StandardReason> &picked, const QString &ownWords)
{
    QStringList lines;
    for (const StandardReason &reason : picked)
        lines.append(reason.text);
    if (!ownWords.trimmed().isEmpty())
        lines.append(ownWords.trimmed());
    return lines.join(QLatin1Char('\n'));
}

} // namespace ow::core
