#include "ContentCoding.h"

#include "exchange/ExchangeLog.h"
#include "protocol/ErrorCodes.h"
#include "protocol/Gzip.h"

#include <QJsonDocument>

namespace ow::exchange::http::coding {

namespace gzip = protocol::gzip;

RequestCoding ofRequest(QByteArrayView contentEncoding, qsizetype fields)
{
    if (fields > 1)
        return RequestCoding::Unsupported;
    const QByteArray name = contentEncoding.toByteArray().trimmed().toLower();
    if (name.isEmpty() || name == "identity")
        return RequestCoding::Identity;
    if (name == gzip::Token || name == "x-gzip")
        return RequestCoding::Gzip;
    return RequestCoding::Unsupported;
}

Result<QByteArray, ApiResponse> inflateBody(QByteArrayView body, qsizetype limit)
{
    Result<QByteArray, gzip::InflateError> inflated = gzip::inflate(body, limit);
    if (inflated)
        return std::move(inflated.value());
    const gzip::InflateError &error = inflated.error();
    qCInfo(lcExchangeServer).noquote() << "a gzip body of" << body.size() << "bytes refused:" << error.detail;
    if (error.failure == gzip::Failure::TooLarge) {
        return ApiResponse::fail(
            413, protocol::errors::RequestTooLarge,
            QStringLiteral("The gzip body inflates past this endpoint's limit of %1 bytes.").arg(limit));
    }
    return ApiResponse::fail(400, protocol::errors::RequestMalformedEncoding,
                             QStringLiteral("The body is not one whole gzip stream: %1.").arg(error.detail));
}

void encodeAnswer(ApiResponse &answer, bool acceptsGzip)
{
    if (answer.status >= 400)
        return;
    if (answer.text.isEmpty())
        answer.text = QJsonDocument(answer.body).toJson(QJsonDocument::Compact);
    if (!acceptsGzip || answer.text.size() < gzip::WorthFrom || answer.headers.contains("Content-Type"))
        return;
    answer.text = gzip::compress(answer.text);
    answer.headers.insert("Content-Encoding", gzip::Token.toByteArray());
}

} // namespace ow::exchange::http::coding
