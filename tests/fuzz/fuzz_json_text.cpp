// core::JsonText, the exchange's reader of pushed batches, against Qt's reader it stands in for.
// Property: whatever text JsonText takes, Qt's reader takes too and reads the same: the same
// values, and the same case record, one form and event decoded from them (compared as the text
// they write). JsonText may refuse more (the caller then reads with Qt), never read otherwise.

#include "FuzzSupport.h"
#include "core/CaseRecord.h"
#include "core/DomainEvent.h"
#include "core/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace ow::core;

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes.left(400));
}

// The records decoded from `mine` and from `qt` (the same object, read by each reader).
void checkRecords(const JsonText::Object &mine, const QJsonObject &qt, const QByteArray &input)
{
    OW_FUZZ_CHECK(CaseRecord::fromJson(mine).toJsonText() == CaseRecord::fromJson(qt).toJsonText(),
                  text(input));
    OW_FUZZ_CHECK(OneForm::fromJson(mine).toJsonText() == OneForm::fromJson(qt).toJsonText(), text(input));
    OW_FUZZ_CHECK(DomainEvent::fromJson(mine).toJsonText() == DomainEvent::fromJson(qt).toJsonText(),
                  text(input));
    DomainEvent withoutCase = DomainEvent::fromJson(qt);
    withoutCase.payload.remove(u"case");
    OW_FUZZ_CHECK(DomainEvent::fromJson(mine, u"case").toJsonText() == withoutCase.toJsonText(), text(input));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ow::fuzz::initialise();
    const QByteArray input = ow::fuzz::bytes(data, size);
    const std::optional<JsonText> read = JsonText::parse(input);
    if (!read)
        return 0;
    const JsonText::Value root = read->root();
    QJsonParseError error;
    const QJsonDocument qt = QJsonDocument::fromJson(input, &error);
    if (!root.isObject() && !root.isArray())
        return 0; // a bare value: Qt's document holds objects and arrays only, and no caller takes one
    OW_FUZZ_CHECK(error.error == QJsonParseError::NoError, error.errorString() + u' ' + text(input));
    if (root.isArray()) {
        OW_FUZZ_CHECK(root.toJsonValue().toArray() == qt.array(), text(input));
        return 0;
    }
    const JsonText::Object object = root.toObject();
    OW_FUZZ_CHECK(object.toJsonObject() == qt.object(), text(input));
    checkRecords(object, qt.object(), input);
    // An event's case and a change's case, where they sit in a push and in the feed.
    const QJsonObject payload = qt.object().value(u"payload").toObject();
    checkRecords(object.value(u"payload").toObject().value(u"case").toObject(),
                 payload.value(u"case").toObject(), input);
    return 0;
}
