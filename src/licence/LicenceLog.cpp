#include "LicenceLog.h"

Q_LOGGING_CATEGORY(lcLicenceSheet, "onewindow.licence.sheet")
Q_LOGGING_CATEGORY(lcLicenceQr, "onewindow.licence.qr")
Q_LOGGING_CATEGORY(lcCreditReport, "onewindow.licence.creditreport")
