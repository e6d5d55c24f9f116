#include "WorkstationCode.h"

#include <algorithm>

namespace ow::core::WorkstationCode {

QString pattern()
{
    return QStringLiteral("[A-Z0-9]{2,8}");
}

bool isValid(const QString &code)
{
    // pattern(), read by hand (a receipt number is read once per acceptance at the exchange).
    return code.size() >= 2 && code.size() <= 8 && std::all_of(code.begin(), code.end(), [](QChar c) {
               return (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
           });
}

} // namespace ow::core::WorkstationCode
