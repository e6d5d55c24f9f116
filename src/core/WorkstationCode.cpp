#include "WorkstationCode.h"

#include <QRegularExpression>

namespace ow::core::WorkstationCode {

QString pattern()
{
    return QStringLiteral("[A-Z0-9]{2,8}");
}

bool isValid(const QString &code)
{
    static const QRegularExpression anchored(QRegularExpression::anchoredPattern(pattern()));
    return anchored.match(code).hasMatch();
}

} // namespace ow::core::WorkstationCode
