#include "DemoApplications.h"

#include "ExchangePaths.h"
#include "ExchangeService.h"
#include "ExchangeStore.h"
#include "core/EntityType.h"
#include "core/OneFormValidator.h"
#include "core/ResidentId.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QSslKey>

#include <mutex>

namespace ow::exchange {
namespace {

const QString Surnames =
    QStringLiteral("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋");
const QString GivenChars = QStringLiteral(
    "建国华明伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛超霞平刚桂兰晓红海燕志宏玉梅俊峰丹玲鹏辉斌飞凤");
const QString TradeChars =
    QStringLiteral("鑫源晋昌隆泰华恒通达丰瑞祥盛宏远兴业利德嘉和信诚宇晟博汇金鼎安康顺益佳兆福沃茂腾");
const QStringList Industries{
    QStringLiteral("商贸"),     QStringLiteral("科技"),     QStringLiteral("建筑工程"),
    QStringLiteral("餐饮管理"), QStringLiteral("物流"),     QStringLiteral("文化传媒"),
    QStringLiteral("农业开发"), QStringLiteral("机械设备"), QStringLiteral("信息技术")};

QChar pick(const QString &chars, QRandomGenerator &random)
{
    return chars.at(random.bounded(int(chars.size())));
}

QString personName(QRandomGenerator &random)
{
    QString name(pick(Surnames, random));
    name += pick(GivenChars, random);
    if (random.bounded(3) != 0) {
        name += pick(GivenChars, random);
    }
    return name;
}

QString residentId(const QString &division, const QDate &birth, int sequence)
{
    const QString first17 = division + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence % 1000, 3, 10, QLatin1Char('0'));
    return first17 + core::ResidentId::checkCharacter(first17);
}

QDate birthDate(QRandomGenerator &random, int fromYear)
{
    return QDate(fromYear + random.bounded(20), 1 + random.bounded(12), 1 + random.bounded(28));
}

} // namespace

core::OneForm DemoApplications::form(QRandomGenerator &random)
{
    core::OneForm f;
    f.entityTypeId = QStringLiteral("llc_natural_multi");
    const QString trade = QString(pick(TradeChars, random)) + pick(TradeChars, random);
    f.proposedName = QStringLiteral("太原市") + trade +
                     Industries.at(random.bounded(int(Industries.size()))) + QStringLiteral("有限公司");
    f.domicileDivision = QStringLiteral("140105");
    f.domicile = QStringLiteral("太原市小店区长治路%1号").arg(random.bounded(1, 400));
    f.authorityDivision = QStringLiteral("140105");
    f.capital = 100 * 10000;
    f.businessScope = QStringLiteral("日用百货销售；五金产品零售；办公用品销售");
    f.termYears = 0;
    f.phone = QStringLiteral("0351-%1").arg(random.bounded(2000000, 8999999));
    f.postalCode = QStringLiteral("030006");
    const QString repName = personName(random);
    const QString repId = residentId(QStringLiteral("140105"), birthDate(random, 1975), random.bounded(1000));
    f.legalRep = {repName, core::IdType::ResidentId, repId,
                  QStringLiteral("139%1").arg(random.bounded(10000000, 99999999)),
                  QStringLiteral("执行董事")};
    const QString partnerName = personName(random);
    const QString partnerId =
        residentId(QStringLiteral("140106"), birthDate(random, 1980), random.bounded(1000));
    f.investors = {{core::InvestorKind::Natural, repName, repId, 60 * 10000, QStringLiteral("货币"),
                    QDate(2046, 12, 31)},
                   {core::InvestorKind::Natural, partnerName, partnerId, 40 * 10000, QStringLiteral("货币"),
                    QDate(2046, 12, 31)}};
    f.liaison = {partnerName, core::IdType::ResidentId, partnerId, QStringLiteral("13803510000"), {}};
    f.financialOfficer = {
        personName(random), core::IdType::ResidentId, {}, QStringLiteral("13603510000"), {}};
    return f;
}

QList<core::MaterialItem> DemoApplications::materials(const core::OneForm &form)
{
    const core::EntityType *type = core::EntityTypeCatalog::instance().find(form.entityTypeId);
    QList<core::MaterialItem> items =
        type ? core::OneFormValidator::checklistFor(*type) : QList<core::MaterialItem>{};
    for (core::MaterialItem &item : items) {
        item.status = core::MaterialStatus::Scanned;
    }
    return items;
}

QJsonObject DemoApplications::intakeBody(QRandomGenerator &random)
{
    const core::OneForm f = form(random);
    return {{QStringLiteral("application"),
             QJsonObject{{QStringLiteral("form"), f.toJson()},
                         {QStringLiteral("materials"), core::materialsToJson(materials(f))}}}};
}

Result<QStringList> DemoApplications::submit(const QString &dir, const QUrl &url, int count, quint32 seed)
{
    const ExchangePaths paths(dir);
    const auto read = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QList<QSslCertificate> ca = QSslCertificate::fromData(read(paths.caCert()), QSsl::Pem);
    const QSslCertificate cert(read(paths.portalCert()), QSsl::Pem);
    const QSslKey key(read(paths.portalKey()), QSsl::Ec, QSsl::Pem);
    if (ca.isEmpty() || cert.isNull() || key.isNull()) {
        return Error{QStringLiteral("demo.configuration"),
                     QStringLiteral("Cannot read ca.crt, portal.crt and portal.key in %1.").arg(dir),
                     {}};
    }
    if (url.scheme() != u"https" || url.host().isEmpty()) {
        return Error{
            QStringLiteral("demo.configuration"),
            QStringLiteral("The exchange address must be https://HOST:PORT, not %1.").arg(url.toString()),
            {}};
    }
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(ca);
    ssl.setLocalCertificate(cert);
    ssl.setPrivateKey(key);
    ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
    ssl.setProtocol(QSsl::TlsV1_2OrLater);
    QUrl intake = url;
    intake.setPath(QStringLiteral("/api/v1/intake"));
    QNetworkRequest request(intake);
    request.setSslConfiguration(ssl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(30000);

    QNetworkAccessManager manager;
    QRandomGenerator random(seed);
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        QNetworkReply *reply =
            manager.post(request, QJsonDocument(intakeBody(random)).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QByteArray body = reply->read(1024 * 1024);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id"));
        const QString networkError = reply->errorString();
        const bool failed = reply->error() != QNetworkReply::NoError;
        reply->deleteLater();
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        if (failed || (status != 200 && status != 201) || !json.value(u"caseId").isString()) {
            const QJsonObject error = json.value(u"error").toObject();
            return Error{
                error.value(u"code").toString(QStringLiteral("demo.intake_failed")),
                status == 0 ? QStringLiteral("The exchange at %1 did not answer: %2. Is it running "
                                             "(onewindow-exchange serve)?")
                                  .arg(url.toString(), networkError)
                            : QStringLiteral("The exchange refused application %1 (HTTP %2): %3 [request %4]")
                                  .arg(i + 1)
                                  .arg(status)
                                  .arg(error.value(u"message").toString(networkError), requestId),
                {}};
        }
        ids.append(json.value(u"caseId").toString());
    }
    return ids;
}

Result<QStringList> DemoApplications::submitToStore(const QString &dir, int count, quint32 seed)
{
    auto store = ExchangeStore::openDirectory(dir, QStringLiteral("onewindow-exchange-demo"));
    if (!store) {
        return store.error();
    }
    std::mutex writeLock;
    ExchangeService service(*store.value(), writeLock);
    QRandomGenerator random(seed);
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        const core::OneForm f = form(random);
        const auto receipt = service.submitApplication(f, materials(f));
        if (!receipt) {
            return receipt.error();
        }
        ids.append(receipt.value().caseId);
    }
    return ids;
}

} // namespace ow::exchange
