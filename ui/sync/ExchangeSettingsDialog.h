#pragma once

#include "sync/ExchangeSettings.h"

#include <QDialog>
#include <QList>
#include <QSslCertificate>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace ow::sync {
class ExchangeClient;
class SecretStore;
} // namespace ow::sync

namespace ow::ui {

// Where the exchange is and how this workstation proves who it is: the exchange address
// (https only), the registry CA bundle (the only CA trusted), and the workstation's PKCS#12
// certificate, imported with its passphrase. "Test connection" asks the exchange's health
// endpoint over mutual TLS with exactly these settings.
//
// The dialog does not persist the settings: after exec() == Accepted, settings() is what the
// caller saves (ExchangeSettings::save through AppSettings). The passphrase of a newly imported
// certificate is written to the SecretStore when the dialog is accepted, never to the settings.
class ExchangeSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    ExchangeSettingsDialog(const sync::ExchangeSettings &current, sync::SecretStore &secrets,
                           QWidget *parent = nullptr);
    ~ExchangeSettingsDialog() override;

    // Where the CA bundle and the certificate are copied when the dialog is accepted (e.g. the
    // data folder's "exchange" directory), so that they stay when the USB stick they came from
    // is removed. Empty (the default): the chosen paths are kept as they are.
    void setCertificateDirectory(const QString &directory);

    // The settings as accepted (the current ones until then).
    sync::ExchangeSettings settings() const { return m_result; }
    // The TLS configuration of the accepted settings, for SyncEngine::configure(); empty when
    // the CA bundle or the certificate is missing.
    std::optional<QSslConfiguration> sslConfiguration() const;
    // The workstation code (the certificate's CN) of the current certificate, or "".
    QString workstationCode() const;

    void accept() override;

signals:
    // "Test connection" ended; `message` is what the dialog shows.
    void connectionTested(bool ok, const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // ExchangeSettingsDialog.cpp: the dialog's sections, the test, accepting.
    void buildExchangeBox(QVBoxLayout *layout, const sync::ExchangeSettings &current);
    void buildCaBox(QVBoxLayout *layout, const sync::ExchangeSettings &current);
    void buildCertificateBox(QVBoxLayout *layout, const sync::ExchangeSettings &current);
    QWidget *buildTestAndButtons(QVBoxLayout *layout);
    // What is configured now: the CA, and the certificate opened with the stored passphrase.
    void showConfigured(const sync::ExchangeSettings &current);
    // ExchangeSettingsCertificates.cpp: the CA bundle and the workstation certificate.
    void chooseCaBundle();
    void chooseCertificate();
    bool loadCaBundle(bool reportMissing);
    bool importCertificate();
    void testConnection();
    std::optional<QUrl> validatedUrl();
    void showCertificateError(const QString &message);
    void setStatus(QLabel *label, const QString &text, bool error);
    bool copyIntoCertificateDirectory(sync::ExchangeSettings &settings, QString *error) const;

    sync::SecretStore &m_secrets;
    sync::ExchangeSettings m_result;
    QString m_certificateDirectory;

    QLineEdit *m_url;
    QLabel *m_urlError;
    QLineEdit *m_caPath;
    QPushButton *m_chooseCa;
    QLabel *m_caInfo;
    QLineEdit *m_p12Path;
    QPushButton *m_chooseP12;
    QLineEdit *m_passphrase;
    QPushButton *m_import;
    QLabel *m_certificateInfo;
    QPushButton *m_test;
    QLabel *m_testResult;

    QList<QSslCertificate> m_ca; // loaded from m_caPath
    QString m_caLoadedFrom;      // the path m_ca was read from
    std::optional<sync::ClientIdentity> m_identity;
    QString m_identityPath;           // the PKCS#12 file m_identity came from
    QByteArray m_identityPassphrase;  // its passphrase
    bool m_passphraseChanged = false; // imported here: write the passphrase on accept
    sync::ExchangeClient *m_client = nullptr;
};

} // namespace ow::ui
