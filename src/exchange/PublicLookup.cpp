#include "PublicLookup.h"

#include "core/StatutoryClock.h"
#include "core/UsccCode.h"

#include <QJsonDocument>
#include <QUrl>

namespace ow::exchange {
namespace {

const QByteArray Html = QByteArrayLiteral("text/html; charset=utf-8");
const QByteArray Json = QByteArrayLiteral("application/json; charset=utf-8");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy年M月d日")) : QString();
}

QString termText(const core::RegisteredEntity &entity)
{
    if (!entity.established.isValid()) {
        return {};
    }
    return entity.termTo.isValid()
               ? QStringLiteral("%1 至 %2").arg(dateText(entity.established), dateText(entity.termTo))
               : QStringLiteral("%1 至 长期").arg(dateText(entity.established));
}

QByteArray pageOf(const QString &title, const QString &body)
{
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
               "<title>%1</title><style>"
               "body{font-family:'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;"
               "margin:0;background:#f4f4f2;color:#222}"
               "main{max-width:40em;margin:0 auto;padding:1em}"
               "h1{font-size:1.3em;color:#8b0000;border-bottom:2px solid #8b0000;padding-bottom:.3em}"
               "table{width:100%;border-collapse:collapse;background:#fff}"
               "th{width:7.5em;text-align:left;vertical-align:top;color:#555;font-weight:normal}"
               "th,td{padding:.5em;border-bottom:1px solid #ddd}"
               "p.note{color:#666;font-size:.85em}</style></head>"
               "<body><main><h1>%1</h1>%2</main></body></html>\n")
        .arg(escaped(title), body)
        .toUtf8();
}

} // namespace

bool PublicLookup::wantsJson(const Request &request)
{
    return QUrl(QString::fromUtf8(request.target)).query().split(u'&').contains(u"format=json") ||
           request.accept.contains("application/json");
}

PublicLookup::Answer PublicLookup::message(const Request &request, int status, const QString &title,
                                           const QString &text)
{
    Answer answer;
    answer.status = status;
    answer.head = request.method == "HEAD";
    if (wantsJson(request)) {
        answer.contentType = Json;
        answer.body =
            QJsonDocument(QJsonObject{{QStringLiteral("error"), text}}).toJson(QJsonDocument::Compact);
    } else {
        answer.contentType = Html;
        answer.body = pageOf(title, QStringLiteral("<p>%1</p>").arg(escaped(text)));
    }
    return answer;
}

std::variant<PublicLookup::Answer, QString> PublicLookup::route(const Request &request)
{
    if (request.method != "GET" && request.method != "HEAD") {
        return message(request, 405, QStringLiteral("不支持的请求"), QStringLiteral("本服务只提供查询。"));
    }
    const QString path = QUrl(QString::fromUtf8(request.target)).path();
    if (!path.startsWith(QString::fromLatin1(PathPrefix))) {
        return message(request, 404, QStringLiteral("未找到"),
                       QStringLiteral("本服务只提供营业执照公示信息查询：/licence/统一社会信用代码。"));
    }
    const QString code = path.mid(PathPrefix.size()).trimmed().toUpper();
    if (code.size() != 18 || !core::UsccCode::validate(code).valid) {
        return message(request, 400, QStringLiteral("代码有误"),
                       QStringLiteral("“%1”不是有效的统一社会信用代码。").arg(code.left(18)));
    }
    return code;
}

QJsonObject PublicLookup::publicJson(const core::RegisteredEntity &entity)
{
    return {
        {QStringLiteral("code"), entity.code},
        {QStringLiteral("name"), entity.name},
        {QStringLiteral("type"), entity.typeName},
        {QStringLiteral("representativeLabel"), entity.representativeLabel},
        {QStringLiteral("representative"), entity.legalRep},
        {QStringLiteral("domicile"), entity.domicile},
        {QStringLiteral("capital"), entity.capital},
        {QStringLiteral("established"), entity.established.toString(Qt::ISODate)},
        {QStringLiteral("termTo"), entity.termTo.isValid() ? entity.termTo.toString(Qt::ISODate) : QString()},
        {QStringLiteral("businessScope"), entity.businessScope},
        {QStringLiteral("authority"), entity.authorityName},
        {QStringLiteral("status"), core::RegisteredEntity::statusLabel(entity.status)},
        {QStringLiteral("statusSince"),
         entity.statusSince.isValid() ? entity.statusSince.toString(Qt::ISODate) : QString()},
        {QStringLiteral("statusDecision"), entity.statusDecision},
        {QStringLiteral("publishedAt"), entity.publishedAt.toUTC().toString(Qt::ISODate)}};
}

PublicLookup::Answer PublicLookup::found(const Request &request, const QString &code,
                                         const std::optional<LicenceStore::Stored> &stored)
{
    if (!stored || stored->entity.code != code || !stored->entity.publishedAt.isValid()) {
        return message(request, 404, QStringLiteral("未查到"),
                       QStringLiteral("未查到统一社会信用代码为 %1 的公示营业执照。请核对代码，"
                                      "或向登记机关咨询。")
                           .arg(code));
    }
    const core::RegisteredEntity &entity = stored->entity;
    Answer answer;
    answer.head = request.method == "HEAD";
    if (wantsJson(request)) {
        answer.contentType = Json;
        answer.body = QJsonDocument(publicJson(entity)).toJson(QJsonDocument::Compact);
        return answer;
    }
    const QList<std::pair<QString, QString>> rows{
        {QStringLiteral("统一社会信用代码"), entity.code},
        {QStringLiteral("名称"), entity.name},
        {QStringLiteral("类型"), entity.typeName},
        {entity.representativeLabel.isEmpty() ? QStringLiteral("法定代表人") : entity.representativeLabel,
         entity.legalRep},
        {QStringLiteral("住所"), entity.domicile},
        {QStringLiteral("注册资本"), entity.capital},
        {QStringLiteral("成立日期"), dateText(entity.established)},
        {QStringLiteral("营业期限"), termText(entity)},
        {QStringLiteral("经营范围"), entity.businessScope},
        {QStringLiteral("登记机关"), entity.authorityName},
        {QStringLiteral("登记状态"), core::RegisteredEntity::statusLabel(entity.status)},
        {QStringLiteral("状态日期"), dateText(entity.statusSince)},
        {QStringLiteral("决定"), entity.statusDecision},
        {QStringLiteral("公示日期"), dateText(core::StatutoryClock::officeDate(entity.publishedAt))},
    };
    QString table = QStringLiteral("<table>");
    for (const auto &[label, value] : rows) {
        if (!value.isEmpty()) {
            table += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(escaped(label), escaped(value));
        }
    }
    table += QStringLiteral("</table><p class=\"note\">以上为登记机关公示的信息。执照上的二维码带有登记机关的"
                            "电子签名，可用登记机关提供的核验工具离线核验。</p>");
    answer.contentType = Html;
    answer.body = pageOf(QStringLiteral("营业执照公示信息"), table);
    return answer;
}

PublicLookup::Answer PublicLookup::refused(const Request &request, int status)
{
    return status == 429 ? message(request, 429, QStringLiteral("请求过于频繁"),
                                   QStringLiteral("查询过于频繁，请稍后再试。"))
                         : message(request, 503, QStringLiteral("服务繁忙"),
                                   QStringLiteral("查询服务暂时繁忙，请稍后再试。"));
}

} // namespace ow::exchange
