#pragma once

#include <QLoggingCategory>

// One logging category per part of the exchange: onewindow.exchange.<part>.
Q_DECLARE_LOGGING_CATEGORY(lcExchangePki)
Q_DECLARE_LOGGING_CATEGORY(lcExchangeStore)
Q_DECLARE_LOGGING_CATEGORY(lcExchangeServer)
Q_DECLARE_LOGGING_CATEGORY(lcExchangeRequest)
Q_DECLARE_LOGGING_CATEGORY(lcExchangeIngest)
Q_DECLARE_LOGGING_CATEGORY(lcExchangeAuth)
Q_DECLARE_LOGGING_CATEGORY(lcExchangeStock)
Q_DECLARE_LOGGING_CATEGORY(lcExchangeCredit)
Q_DECLARE_LOGGING_CATEGORY(lcExchangeDepartment)
Q_DECLARE_LOGGING_CATEGORY(lcExchangeStatistics)
