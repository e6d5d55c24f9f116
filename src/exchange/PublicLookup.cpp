#include "PublicLookup.h"

#include "core/StatutoryClock.h"
#include "core/UsccCode.h"

#include <QJsonArray>
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

QString periodText(const core::DeregistrationNotice &notice)
{
    return QStringLiteral("%1 至 %2").arg(dateText(notice.from), dateText(notice.until));
}

QString formerNamesText(const core::RegisteredEntity &entity)
{
    QStringList names;
    for (const core::RegisteredEntity::FormerName &former : entity.formerNames) {
        names << (former.changedOn.isValid()
                      ? QStringLiteral("%1（%2变更）").arg(former.name, dateText(former.changedOn))
                      : former.name);
    }
    return names.join(QStringLiteral("；"));
}

// Label and value rows, each escaped; a row without a value is left out.
QString tableOf(const QList<std::pair<QString, QString>> &rows)
{
    QString table = QStringLiteral("<table>");
    for (const auto &[label, value] : rows) {
        if (!value.isEmpty()) {
            table += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(escaped(label), escaped(value));
        }
    }
    return table + QStringLiteral("</table>");
}

// The running notice on its entity's page: its days, the objections raised, and how to object.
QString noticeSection(const core::DeregistrationNotice &notice, const core::RegisteredEntity &entity)
{
    QString html = QStringLiteral("<h2>简易注销公告</h2>") +
                   tableOf({
                       {QStringLiteral("企业名称"), notice.name.isEmpty() ? entity.name : notice.name},
                       {QStringLiteral("统一社会信用代码"), notice.code},
                       {QStringLiteral("登记机关"), entity.authorityName},
                       {QStringLiteral("公告期"), periodText(notice)},
                       {QStringLiteral("异议"), notice.objections.isEmpty()
                                                    ? QStringLiteral("暂无")
                                                    : QStringLiteral("%1 条").arg(notice.objections.size())},
                   });
    if (!notice.objections.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const core::Objection &objection : notice.objections) {
            html += QStringLiteral("<li>%1</li>")
                        .arg(escaped(QStringLiteral("%1 %2：%3")
                                         .arg(dateText(core::DeregistrationNotice::dayOf(objection.at)),
                                              objection.by, objection.text)));
        }
        html += QStringLiteral("</ul>");
    }
    const QString authority =
        entity.authorityName.isEmpty() ? QStringLiteral("登记机关") : entity.authorityName;
    return html +
           QStringLiteral("<p>%1</p>")
               .arg(escaped(QStringLiteral("公告期内，债权人、其他利害关系人或者有关部门对该企业简易注销登记"
                                           "有异议的，请于%1（含当日）前向%2书面提出，写明异议人、联系方式"
                                           "和异议理由，并注明统一社会信用代码 %3。公告期满无异议的，"
                                           "登记机关可以为该企业办理简易注销登记。")
                                .arg(dateText(notice.until), authority, notice.code)));
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
               "table.list th{width:auto;font-weight:bold}"
               "h2{font-size:1.1em;color:#8b0000;margin-top:1.5em}"
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

std::variant<PublicLookup::Answer, PublicLookup::Query> PublicLookup::route(const Request &request)
{
    if (request.method != "GET" && request.method != "HEAD") {
        return message(request, 405, QStringLiteral("不支持的请求"), QStringLiteral("本服务只提供查询。"));
    }
    const QString path = QUrl(QString::fromUtf8(request.target)).path();
    if (path == QString::fromLatin1(NoticesPath) || path == QString::fromLatin1(NoticesPath) + u'/') {
        return Query{};
    }
    if (!path.startsWith(QString::fromLatin1(PathPrefix))) {
        return message(request, 404, QStringLiteral("未找到"),
                       QStringLiteral("本服务只提供营业执照公示信息查询（/licence/统一社会信用代码）"
                                      "和简易注销公告（/notices）。"));
    }
    const QString code = path.mid(PathPrefix.size()).trimmed().toUpper();
    if (code.size() != 18 || !core::UsccCode::validate(code).valid) {
        return message(request, 400, QStringLiteral("代码有误"),
                       QStringLiteral("“%1”不是有效的统一社会信用代码。").arg(code.left(18)));
    }
    return Query{code};
}

QJsonObject PublicLookup::publicJson(const core::RegisteredEntity &entity)
{
    QJsonArray formerNames;
    for (const core::RegisteredEntity::FormerName &former : entity.formerNames) {
        formerNames.append(
            QJsonObject{{QStringLiteral("name"), former.name},
                        {QStringLiteral("changedOn"), former.changedOn.toString(Qt::ISODate)}});
    }
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
        {QStringLiteral("publishedAt"), entity.publishedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("formerNames"), formerNames}};
}

QJsonObject PublicLookup::noticeJson(const core::DeregistrationNotice &notice)
{
    return {{QStringLiteral("code"), notice.code},
            {QStringLiteral("name"), notice.name},
            {QStringLiteral("from"), notice.from.toString(Qt::ISODate)},
            {QStringLiteral("until"), notice.until.toString(Qt::ISODate)},
            {QStringLiteral("objections"), int(notice.objections.size())}};
}

PublicLookup::Answer PublicLookup::found(const Request &request, const QString &code,
                                         const std::optional<LicenceStore::Stored> &stored,
                                         const std::optional<core::DeregistrationNotice> &notice,
                                         const QDate &today)
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
    const bool noticeRuns = notice && notice->runsOn(today) && notice->code == entity.code;
    if (wantsJson(request)) {
        QJsonObject json = publicJson(entity);
        if (noticeRuns) {
            json.insert(QStringLiteral("deregistrationNotice"), noticeJson(*notice));
        }
        answer.contentType = Json;
        answer.body = QJsonDocument(json).toJson(QJsonDocument::Compact);
        return answer;
    }
    const QList<std::pair<QString, QString>> rows{
        {QStringLiteral("统一社会信用代码"), entity.code},
        {QStringLiteral("名称"), entity.name},
        {QStringLiteral("曾用名"), formerNamesText(entity)},
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
    QString table = tableOf(rows);
    table += QStringLiteral("<p class=\"note\">以上为登记机关公示的信息。执照上的二维码带有登记机关的"
                            "电子签名，可用登记机关提供的核验工具离线核验。</p>");
    if (noticeRuns) {
        table += noticeSection(*notice, entity);
    }
    answer.contentType = Html;
    answer.body = pageOf(QStringLiteral("营业执照公示信息"), table);
    return answer;
}

PublicLookup::Answer PublicLookup::notices(const Request &request,
                                           const QList<core::DeregistrationNotice> &running,
                                           const QDate &today)
{
    Answer answer;
    answer.head = request.method == "HEAD";
    if (wantsJson(request)) {
        QJsonArray list;
        for (const core::DeregistrationNotice &notice : running) {
            list.append(noticeJson(notice));
        }
        answer.contentType = Json;
        answer.body = QJsonDocument(QJsonObject{{QStringLiteral("asOf"), today.toString(Qt::ISODate)},
                                                {QStringLiteral("notices"), list}})
                          .toJson(QJsonDocument::Compact);
        return answer;
    }
    QString body =
        QStringLiteral("<p>%1</p>")
            .arg(escaped(running.isEmpty()
                             ? QStringLiteral("%1没有公告期内的简易注销公告。").arg(dateText(today))
                             : QStringLiteral("%1公告期内的简易注销公告%2条，最新的在前%3。")
                                   .arg(dateText(today))
                                   .arg(running.size())
                                   .arg(running.size() >= NoticeListLimit
                                            ? QStringLiteral("（只列出最新的%1条）").arg(NoticeListLimit)
                                            : QString())));
    if (!running.isEmpty()) {
        body += QStringLiteral("<table class=\"list\"><tr><th>企业名称</th><th>统一社会信用代码</th>"
                               "<th>公告期</th><th>异议</th></tr>");
        for (const core::DeregistrationNotice &notice : running) {
            body +=
                QStringLiteral("<tr><td><a href=\"%1%2\">%3</a></td><td>%2</td><td>%4</td><td>%5</td></tr>")
                    .arg(escaped(QString::fromLatin1(PathPrefix)), escaped(notice.code), escaped(notice.name),
                         escaped(periodText(notice)), escaped(QString::number(notice.objections.size())));
        }
        body += QStringLiteral("</table>");
    }
    body += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(escaped(QStringLiteral("对公告企业的简易注销登记有异议的，请在公告期内向该企业的登记机关"
                                            "书面提出。企业名称链接到其公示信息和公告详情（含登记机关）。")));
    answer.contentType = Html;
    answer.body = pageOf(QStringLiteral("简易注销公告"), body);
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
