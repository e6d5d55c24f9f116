// The one form and the case record from JSON (what the cache, the outbox, the exchange and the
// portal exchange), and the validator over what was read.
// Properties: a form read from JSON serialises and reads back equal (also through the JSON
// text); a case record is stable after one round trip; the validator says the same of a form and
// of its round trip, names a field and a message for every issue, and a form it passes has the
// capital its investors subscribed.

#include "FuzzSupport.h"
#include "core/CaseRecord.h"
#include "core/EntityType.h"
#include "core/OneForm.h"
#include "core/OneFormValidator.h"

#include <QJsonDocument>

using namespace ow::core;

namespace {

QString text(const QJsonObject &json)
{
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QJsonObject viaText(const QJsonObject &json)
{
    return QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact)).object();
}

bool sameIssues(const FieldIssues &a, const FieldIssues &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).field != b.at(i).field || a.at(i).message != b.at(i).message)
            return false;
    }
    return true;
}

void checkValidation(const OneForm &form, const OneForm &again)
{
    const FieldIssues issues = OneFormValidator::validate(form);
    OW_FUZZ_CHECK(sameIssues(issues, OneFormValidator::validate(again)), text(form.toJson()));
    for (const FieldIssue &issue : issues)
        OW_FUZZ_CHECK(!issue.field.isEmpty() && !issue.message.isEmpty(), issue.field + u' ' + issue.message);
    if (!issues.isEmpty())
        return;
    const EntityType *type = EntityTypeCatalog::instance().find(form.entityTypeId);
    OW_FUZZ_CHECK(type, QStringLiteral("a form of unknown type '%1' passed").arg(form.entityTypeId));
    if (!type->capitalLabel.isEmpty())
        OW_FUZZ_CHECK(form.capital > 0, text(form.toJson()));
    if (type->has(FormSection::Investors) && !type->capitalLabel.isEmpty() && !form.investors.isEmpty()) {
        Yuan sum = 0;
        for (const Investor &investor : form.investors)
            sum += investor.subscribed;
        OW_FUZZ_CHECK(sum == form.capital, text(form.toJson()));
    }
}

void checkForm(const QJsonObject &json)
{
    const OneForm form = OneForm::fromJson(json);
    const OneForm again = OneForm::fromJson(form.toJson());
    OW_FUZZ_CHECK(again == form,
                  QStringLiteral("%1 reads back as %2").arg(text(form.toJson()), text(again.toJson())));
    const OneForm throughText = OneForm::fromJson(viaText(form.toJson()));
    OW_FUZZ_CHECK(throughText == form, QStringLiteral("%1 through its text reads back as %2")
                                           .arg(text(form.toJson()), text(throughText.toJson())));
    checkValidation(form, again);
}

void checkCase(const QJsonObject &json)
{
    const CaseRecord record = CaseRecord::fromJson(json);
    const QJsonObject once = record.toJson();
    const QJsonObject twice = CaseRecord::fromJson(once).toJson();
    OW_FUZZ_CHECK(twice == once, QStringLiteral("%1 reads back as %2").arg(text(once), text(twice)));
    OW_FUZZ_CHECK(CaseRecord::fromJson(viaText(once)).toJson() == once, text(once));
    OW_FUZZ_CHECK(materialsFromJson(materialsToJson(record.materials)) == record.materials, text(once));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ow::fuzz::initialise();
    const QJsonDocument document = QJsonDocument::fromJson(ow::fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    const QJsonObject json = document.object();
    // A case record carries its form under "form"; a bare form is read as one too.
    if (json.value(u"form").isObject()) {
        checkCase(json);
        checkForm(json.value(u"form").toObject());
    } else {
        checkForm(json);
        checkCase(json);
    }
    return 0;
}
