#include "LicenceText.h"

#include "Authority.h"
#include "EntityType.h"
#include "StatutoryClock.h"

#include <array>

namespace ow::core {
namespace {

constexpr std::array<char16_t, 10> Digits{u'零', u'壹', u'贰', u'叁', u'肆',
                                          u'伍', u'陆', u'柒', u'捌', u'玖'};
constexpr std::array<char16_t, 4> Places{0, u'拾', u'佰', u'仟'};
constexpr std::array<char16_t, 4> Groups{0, u'万', u'亿', u'兆'};

// One group of four digits (0 < group < 10000), with a 零 for each run of zeros between digits.
QString groupText(int group)
{
    QString text;
    bool pendingZero = false;
    for (int place = 3; place >= 0; --place) {
        int power = 1;
        for (int i = 0; i < place; ++i)
            power *= 10;
        const int digit = group / power % 10;
        if (digit == 0) {
            pendingZero = !text.isEmpty();
            continue;
        }
        if (pendingZero)
            text += QChar(Digits[0]);
        pendingZero = false;
        text += QChar(Digits[size_t(digit)]);
        if (place > 0)
            text += QChar(Places[size_t(place)]);
    }
    return text;
}

} // namespace

QString LicenceText::upperNumber(qint64 n)
{
    if (n < 0 || n >= 10000000000000000LL)
        return {};
    if (n == 0)
        return QString(QChar(Digits[0]));
    std::array<int, 4> groups{};
    for (int &g : groups) {
        g = int(n % 10000);
        n /= 10000;
    }
    QString text;
    bool zeroBefore = false;
    for (int k = 3; k >= 0; --k) {
        const int g = groups[size_t(k)];
        if (g == 0) {
            zeroBefore = !text.isEmpty();
            continue;
        }
        // A group under a thousand after a higher one reads with its zero: 壹万零伍佰.
        if (!text.isEmpty() && (zeroBefore || g < 1000))
            text += QChar(Digits[0]);
        zeroBefore = false;
        text += groupText(g);
        if (k > 0)
            text += QChar(Groups[size_t(k)]);
    }
    return text;
}

QString LicenceText::capital(Yuan yuan)
{
    if (yuan <= 0)
        return {};
    if (yuan % 10000 == 0)
        return upperNumber(yuan / 10000) + QStringLiteral("万元整");
    return upperNumber(yuan) + QStringLiteral("元整");
}

LicenceText::Texts LicenceText::of(const CaseRecord &record)
{
    Texts texts;
    const EntityType *type = EntityTypeCatalog::instance().find(record.form.entityTypeId);
    texts.typeName = type ? type->name : record.form.entityTypeId;
    texts.representativeLabel = type && !type->representativeTitle.isEmpty() ? type->representativeTitle
                                                                             : QStringLiteral("法定代表人");
    texts.capital = type && type->capitalLabel.isEmpty() ? QString() : capital(record.form.capital);
    texts.authorityName = Authority::officeName(record.form.authorityDivision);
    // A change's new licence prints the day the entity was established, not the day of the change.
    texts.establishedOn = record.established.isValid()  ? record.established
                          : record.licensedAt.isValid() ? StatutoryClock::officeDate(record.licensedAt)
                                                        : QDate::currentDate();
    if (record.form.termYears > 0)
        texts.termTo = texts.establishedOn.addYears(record.form.termYears).addDays(-1);
    return texts;
}

} // namespace ow::core
