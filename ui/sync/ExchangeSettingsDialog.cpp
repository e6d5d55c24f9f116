#include "ui/sync/ExchangeSettingsDialog.h"

#include "sync/ExchangeClient.h"
#include "sync/SecretStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSslCertificateExtension>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ow::ui {

namespace {

constexpr int TestTimeoutMs = 15000;
constexpr qint64 ClockSkewWarningSecs = 300;

} // namespace

ExchangeSettingsDialog::ExchangeSettingsDialog(const sync::ExchangeSettings &current,
                                               sync::SecretStore &secrets, QWidget *parent)
    : QDialog(parent), m_secrets(secrets), m_result(current), m_url(new QLineEdit(this)),
      m_urlError(new QLabel(this)), m_caPath(new QLineEdit(this)), m_chooseCa(new QPushButton(this)),
      m_caInfo(new QLabel(this)), m_p12Path(new QLineEdit(this)), m_chooseP12(new QPushButton(this)),
      m_passphrase(new QLineEdit(this)), m_import(new QPushButton(this)), m_certificateInfo(new QLabel(this)),
      m_test(new QPushButton(this)), m_testResult(new QLabel(this))
{
    setWindowTitle(tr("Exchange connection"));
    auto *layout = new QVBoxLayout(this);

    buildExchangeBox(layout, current);
    buildCaBox(layout, current);
    buildCertificateBox(layout, current);
    QWidget *buttons = buildTestAndButtons(layout);

    setTabOrder(m_url, m_caPath);
    setTabOrder(m_caPath, m_chooseCa);
    setTabOrder(m_chooseCa, m_p12Path);
    setTabOrder(m_p12Path, m_chooseP12);
    setTabOrder(m_chooseP12, m_passphrase);
    setTabOrder(m_passphrase, m_import);
    setTabOrder(m_import, m_test);
    setTabOrder(m_test, buttons);

    showConfigured(current);
    setStatus(m_testResult, tr("Not tested."), false);
    m_url->setFocus();
    setMinimumWidth(600);
}

void ExchangeSettingsDialog::buildExchangeBox(QVBoxLayout *layout, const sync::ExchangeSettings &current)
{
    // The exchange.
    auto *exchangeBox = new QGroupBox(tr("Exchange"), this);
    auto *exchangeForm = new QFormLayout(exchangeBox);
    m_url->setObjectName(u"exchangeUrl"_s);
    m_url->setText(current.url.toString());
    m_url->setPlaceholderText(u"https://exchange.example.gov.cn:8443"_s);
    m_url->setToolTip(tr("The address the registry gave for the central exchange; it must start with "
                         "https://."));
    exchangeForm->addRow(tr("&Address"), m_url);
    m_urlError->setObjectName(u"exchangeUrlError"_s);
    m_urlError->setWordWrap(true);
    m_urlError->hide();
    exchangeForm->addRow(QString(), m_urlError);
    connect(m_url, &QLineEdit::textEdited, m_urlError, &QLabel::hide);
    layout->addWidget(exchangeBox);
}

void ExchangeSettingsDialog::buildCaBox(QVBoxLayout *layout, const sync::ExchangeSettings &current)
{
    // The registry CA.
    auto *caBox = new QGroupBox(tr("Registry CA (the only authority trusted)"), this);
    auto *caForm = new QFormLayout(caBox);
    auto *caRow = new QHBoxLayout;
    m_caPath->setObjectName(u"caBundlePath"_s);
    m_caPath->setText(QDir::toNativeSeparators(current.caBundlePath));
    m_caPath->setPlaceholderText(tr("PEM file from the registry, e.g. ca.pem"));
    m_chooseCa->setObjectName(u"chooseCaBundle"_s);
    m_chooseCa->setText(tr("C&hoose…"));
    m_chooseCa->setAutoDefault(false);
    caRow->addWidget(m_caPath, 1);
    caRow->addWidget(m_chooseCa);
    auto *caLabel = new QLabel(tr("CA &bundle"), caBox);
    caLabel->setBuddy(m_caPath);
    caForm->addRow(caLabel, caRow);
    m_caInfo->setObjectName(u"caBundleInfo"_s);
    m_caInfo->setWordWrap(true);
    m_caInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    caForm->addRow(QString(), m_caInfo);
    connect(m_chooseCa, &QPushButton::clicked, this, &ExchangeSettingsDialog::chooseCaBundle);
    connect(m_caPath, &QLineEdit::editingFinished, this, [this] {
        if (QDir::fromNativeSeparators(m_caPath->text().trimmed()) != m_caLoadedFrom)
            loadCaBundle(false);
    });
    layout->addWidget(caBox);
}

void ExchangeSettingsDialog::buildCertificateBox(QVBoxLayout *layout, const sync::ExchangeSettings &current)
{
    // The workstation certificate.
    auto *certBox = new QGroupBox(tr("Workstation certificate"), this);
    auto *certForm = new QFormLayout(certBox);
    auto *p12Row = new QHBoxLayout;
    m_p12Path->setObjectName(u"pkcs12Path"_s);
    m_p12Path->setText(QDir::toNativeSeparators(current.clientCertificatePath));
    m_p12Path->setPlaceholderText(tr("PKCS#12 file issued for this workstation (.p12)"));
    m_chooseP12->setObjectName(u"choosePkcs12"_s);
    m_chooseP12->setText(tr("B&rowse…"));
    m_chooseP12->setAutoDefault(false);
    p12Row->addWidget(m_p12Path, 1);
    p12Row->addWidget(m_chooseP12);
    auto *p12Label = new QLabel(tr("&PKCS#12 file"), certBox);
    p12Label->setBuddy(m_p12Path);
    certForm->addRow(p12Label, p12Row);
    auto *passRow = new QHBoxLayout;
    m_passphrase->setObjectName(u"pkcs12Passphrase"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setToolTip(tr("The passphrase given with the file. It is kept in the system keychain (or "
                                "an encrypted file), never in the settings."));
    m_passphrase->installEventFilter(this);
    m_import->setObjectName(u"importPkcs12"_s);
    m_import->setText(tr("&Import"));
    m_import->setAutoDefault(false);
    passRow->addWidget(m_passphrase, 1);
    passRow->addWidget(m_import);
    auto *passLabel = new QLabel(tr("Pass&phrase"), certBox);
    passLabel->setBuddy(m_passphrase);
    certForm->addRow(passLabel, passRow);
    m_certificateInfo->setObjectName(u"certificateInfo"_s);
    m_certificateInfo->setWordWrap(true);
    m_certificateInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    certForm->addRow(QString(), m_certificateInfo);
    connect(m_chooseP12, &QPushButton::clicked, this, &ExchangeSettingsDialog::chooseCertificate);
    connect(m_import, &QPushButton::clicked, this, &ExchangeSettingsDialog::importCertificate);
    layout->addWidget(certBox);
}

QWidget *ExchangeSettingsDialog::buildTestAndButtons(QVBoxLayout *layout)
{
    // The test.
    auto *testRow = new QHBoxLayout;
    m_test->setObjectName(u"testConnection"_s);
    m_test->setText(tr("&Test connection"));
    m_test->setAutoDefault(false);
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_test, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    connect(m_test, &QPushButton::clicked, this, &ExchangeSettingsDialog::testConnection);
    layout->addLayout(testRow);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttons"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExchangeSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    return buttons;
}

void ExchangeSettingsDialog::showConfigured(const sync::ExchangeSettings &current)
{
    // What is configured now: the CA, and the certificate opened with the stored passphrase.
    if (!current.caBundlePath.isEmpty())
        loadCaBundle(true);
    else
        setStatus(m_caInfo, tr("No CA bundle chosen yet."), false);
    if (!current.clientCertificatePath.isEmpty()) {
        auto stored = m_secrets.read(sync::SecretStore::Pkcs12Passphrase);
        if (!stored) {
            showCertificateError(
                tr("The stored passphrase cannot be read (%1). Enter it again and import the certificate.")
                    .arg(stored.error().message));
        } else {
            auto identity = sync::TlsSetup::importPkcs12(current.clientCertificatePath,
                                                         stored.value().value_or(QByteArray()));
            if (identity) {
                m_identity = identity.value();
                m_identityPath = current.clientCertificatePath;
                m_identityPassphrase = stored.value().value_or(QByteArray());
                importCertificate(); // shows the details and the expiry checks of the stored one
            } else if (identity.error().code == u"tls.p12_wrong_passphrase"_s) {
                showCertificateError(tr("The stored passphrase does not open this certificate any more. "
                                        "Enter the passphrase and import it again."));
            } else {
                showCertificateError(identity.error().message);
            }
        }
    } else {
        setStatus(m_certificateInfo, tr("No certificate imported yet."), false);
    }
}

ExchangeSettingsDialog::~ExchangeSettingsDialog() = default;

void ExchangeSettingsDialog::setCertificateDirectory(const QString &directory)
{
    m_certificateDirectory = directory;
}

bool ExchangeSettingsDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the passphrase imports the certificate (rather than closing the dialog).
    if (watched == m_passphrase && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            importCertificate();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ExchangeSettingsDialog::setStatus(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? u"color: #b3261e;"_s : QString());
    label->setVisible(!text.isEmpty());
    // Grow with the certificate details and messages instead of cutting them off.
    if (isVisible() && layout()) {
        layout()->activate();
        const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                         : layout()->totalSizeHint().height();
        if (needed > height())
            resize(width(), needed);
    }
}

void ExchangeSettingsDialog::showCertificateError(const QString &message)
{
    m_identity.reset();
    m_identityPath.clear();
    m_identityPassphrase.clear();
    m_passphraseChanged = false;
    setStatus(m_certificateInfo, message, true);
}

std::optional<QUrl> ExchangeSettingsDialog::validatedUrl()
{
    const QString text = m_url->text().trimmed();
    const QUrl url(text, QUrl::StrictMode);
    QString error;
    if (text.isEmpty()) {
        error = tr("Enter the exchange address, e.g. https://exchange.example.gov.cn:8443.");
    } else if (!url.isValid() || url.host().isEmpty()) {
        error = tr("\"%1\" is not a valid address. Enter it as https://host:port, e.g. "
                   "https://exchange.example.gov.cn:8443.")
                    .arg(text);
    } else if (url.scheme() != u"https"_s) {
        error = tr("The exchange address must start with https:// — the exchange accepts encrypted "
                   "connections only (it is \"%1\").")
                    .arg(text);
    } else if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        error =
            tr("The exchange address must not contain a user name, \"?\" or \"#\" (it is \"%1\").").arg(text);
    }
    if (!error.isEmpty()) {
        setStatus(m_urlError, error, true);
        m_url->setFocus();
        return std::nullopt;
    }
    m_urlError->hide();
    return url.adjusted(QUrl::StripTrailingSlash);
}

void ExchangeSettingsDialog::testConnection()
{
    const std::optional<QUrl> url = validatedUrl();
    if (!url)
        return;
    auto fail = [this](const QString &message) {
        setStatus(m_testResult, message, true);
        emit connectionTested(false, message);
    };
    if (QDir::fromNativeSeparators(m_caPath->text().trimmed()) != m_caLoadedFrom || m_ca.isEmpty())
        loadCaBundle(true);
    if (m_ca.isEmpty()) {
        fail(tr("Choose a valid CA bundle first."));
        return;
    }
    const QString p12 = QDir::fromNativeSeparators(m_p12Path->text().trimmed());
    if (!p12.isEmpty() && (!m_identity || m_identityPath != p12) && !importCertificate()) {
        fail(tr("Import the workstation certificate first."));
        return;
    }
    if (!m_client)
        m_client = new sync::ExchangeClient(this);
    m_client->abortAll();
    m_client->configure(*url, sync::TlsSetup::configuration(m_ca, m_identity),
                        std::min(m_result.timeoutMs > 0 ? m_result.timeoutMs : TestTimeoutMs, TestTimeoutMs));
    m_test->setEnabled(false);
    setStatus(m_testResult, tr("Asking the exchange…"), false);
    const QString workstation = m_identity ? m_identity->commonName() : QString();
    m_client->health([this, workstation](Result<sync::HealthInfo, sync::SyncError> result) {
        m_test->setEnabled(true);
        if (!result) {
            const sync::SyncError &e = result.error();
            QString message = e.displayText();
            if (!e.code.isEmpty())
                message += u"\n"_s + tr("Error code: %1").arg(e.code);
            setStatus(m_testResult, message, true);
            emit connectionTested(false, message);
            return;
        }
        const sync::HealthInfo &h = result.value();
        QString message =
            workstation.isEmpty()
                ? tr("Connected: the exchange answers (version %1, API %2).").arg(h.version).arg(h.api)
                : tr("Connected as workstation %1: the exchange answers (version %2, API %3).")
                      .arg(workstation, h.version)
                      .arg(h.api);
        bool warn = false;
        if (h.serverTime.isValid()) {
            const qint64 skew = QDateTime::currentDateTimeUtc().secsTo(h.serverTime);
            if (qAbs(skew) > ClockSkewWarningSecs) {
                warn = true;
                message += u"\n"_s + tr("This computer's clock differs from the exchange's by %n minute(s); "
                                        "correct the date and time.",
                                        nullptr, int(qAbs(skew) / 60));
            }
        }
        setStatus(m_testResult, message, warn);
        if (!warn)
            m_testResult->setStyleSheet(u"color: #1b6e20;"_s);
        emit connectionTested(true, message);
    });
}

bool ExchangeSettingsDialog::copyIntoCertificateDirectory(sync::ExchangeSettings &s, QString *error) const
{
    if (m_certificateDirectory.isEmpty())
        return true;
    QDir dir(m_certificateDirectory);
    if (!dir.mkpath(u"."_s)) {
        *error = tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir.path()));
        return false;
    }
    auto copy = [&](QString &path, const QString &name, bool secret) {
        if (path.isEmpty())
            return true;
        const QString target = dir.filePath(name);
        if (QFileInfo(path).canonicalFilePath() == QFileInfo(target).canonicalFilePath())
            return true;
        QFile in(path);
        QSaveFile out(target);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)) {
            *error = tr("%1 cannot be copied to %2.")
                         .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target));
            return false;
        }
        if (secret)
            out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        out.write(in.readAll());
        if (!out.commit()) {
            *error = tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(target), out.errorString());
            return false;
        }
        path = target;
        return true;
    };
    return copy(s.caBundlePath, u"registry-ca.pem"_s, false) &&
           copy(s.clientCertificatePath, u"workstation.p12"_s, true);
}

void ExchangeSettingsDialog::accept()
{
    const std::optional<QUrl> url = validatedUrl();
    if (!url)
        return;
    sync::ExchangeSettings s = m_result;
    s.url = *url;

    const QString caPath = QDir::fromNativeSeparators(m_caPath->text().trimmed());
    if (!caPath.isEmpty() && (caPath != m_caLoadedFrom || m_ca.isEmpty()) && !loadCaBundle(true)) {
        m_caPath->setFocus();
        return;
    }
    s.caBundlePath = caPath;

    const QString p12 = QDir::fromNativeSeparators(m_p12Path->text().trimmed());
    if (!p12.isEmpty() && (!m_identity || m_identityPath != p12 || !m_passphrase->text().isEmpty())) {
        // A file named but not (or not successfully) imported: import it now, or say why not.
        if (!importCertificate())
            return;
    }
    if (p12.isEmpty()) {
        m_identity.reset();
        m_passphraseChanged = false;
    } else if (!m_identity) {
        return;
    }
    s.clientCertificatePath = p12;

    QString error;
    if (!copyIntoCertificateDirectory(s, &error)) {
        setStatus(m_certificateInfo, error, true);
        return;
    }
    if (m_identity && m_passphraseChanged) {
        if (auto written = m_secrets.write(sync::SecretStore::Pkcs12Passphrase, m_identityPassphrase);
            !written) {
            setStatus(m_certificateInfo,
                      tr("The passphrase cannot be stored: %1").arg(written.error().message), true);
            return;
        }
        m_passphraseChanged = false;
    }
    m_identityPath = s.clientCertificatePath;
    m_result = s;
    QDialog::accept();
}

std::optional<QSslConfiguration> ExchangeSettingsDialog::sslConfiguration() const
{
    if (m_ca.isEmpty() || !m_identity)
        return std::nullopt;
    return sync::TlsSetup::configuration(m_ca, m_identity);
}

QString ExchangeSettingsDialog::workstationCode() const
{
    return m_identity ? m_identity->commonName() : QString();
}

} // namespace ow::ui
