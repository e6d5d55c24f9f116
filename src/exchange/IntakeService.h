#pragma once

#include "ApiTypes.h"
#include "ExchangeStore.h"
#include "core/Materials.h"
#include "core/OneForm.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <mutex>

namespace ow::exchange {

// The public portal's intake: online applications, each a case in state `submitted` with its
// change in the feed.
class IntakeService
{
public:
    IntakeService(ExchangeStore &store, std::mutex &writeLock);

    ApiResponse intake(const CertificateRecord &certificate, const QJsonObject &body);

    // Creates an online application in state `submitted` and its change; the intake endpoint
    // and `onewindow-exchange demo-applications` both come here.
    struct Receipt
    {
        QString caseId;
        QDateTime receivedAt;
        bool duplicate = false; // the submission id was seen before: the first application's receipt
    };
    // `submissionId` (the portal's own id of the submission, may be empty) makes a resend create
    // nothing: it gets the first receipt.
    Result<Receipt> submitApplication(const core::OneForm &form, const QList<core::MaterialItem> &materials,
                                      const QString &submissionId = {});

private:
    ExchangeStore &m_store;
    std::mutex &m_writeLock;
};

} // namespace ow::exchange
