#include "ExchangeLog.h"

Q_LOGGING_CATEGORY(lcExchangePki, "onewindow.exchange.pki")
Q_LOGGING_CATEGORY(lcExchangeStore, "onewindow.exchange.store")
Q_LOGGING_CATEGORY(lcExchangeServer, "onewindow.exchange.server")
Q_LOGGING_CATEGORY(lcExchangeRequest, "onewindow.exchange.request")
Q_LOGGING_CATEGORY(lcExchangeIngest, "onewindow.exchange.ingest")
Q_LOGGING_CATEGORY(lcExchangeAuth, "onewindow.exchange.auth")
Q_LOGGING_CATEGORY(lcExchangeStock, "onewindow.exchange.stock")
Q_LOGGING_CATEGORY(lcExchangeCredit, "onewindow.exchange.credit")
Q_LOGGING_CATEGORY(lcExchangeDepartment, "onewindow.exchange.department")
Q_LOGGING_CATEGORY(lcExchangeStatistics, "onewindow.exchange.statistics")
