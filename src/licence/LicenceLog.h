#pragma once

#include <QLoggingCategory>

// The licence sheet and its QR code, the credit report (the notices log under onewindow.licence).
Q_DECLARE_LOGGING_CATEGORY(lcLicenceSheet)
Q_DECLARE_LOGGING_CATEGORY(lcLicenceQr)
Q_DECLARE_LOGGING_CATEGORY(lcCreditReport)
