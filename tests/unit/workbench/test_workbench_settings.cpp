// The typed settings read the one set of defaults (workbench::Defaults) when nothing is set, keep
// what is set, and a workbench opens its cache in the data folder.
#include "workbench/AppSettings.h"
#include "workbench/Defaults.h"
#include "workbench/Workbench.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ow::workbench;

class TestWorkbenchSettings : public QObject
{
    Q_OBJECT
private slots:
    void unsetValuesAreTheDefaults()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const AppSettings settings(dir.filePath(QStringLiteral("empty.ini")));
        // The demo's office, Xiaodian district of Taiyuan: the one default of the client and the
        // headless sync tool.
        QCOMPARE(Defaults::authorityDivision(), QStringLiteral("140105"));
        QCOMPARE(settings.authorityDivision(), Defaults::authorityDivision());
        QCOMPARE(settings.authorityName(), Defaults::authorityName());
        QCOMPARE(settings.workstationCode(), Defaults::workstationCode());
        QCOMPARE(settings.language(), Defaults::language());
        QCOMPARE(settings.timeLimitWorkingDays(), Defaults::timeLimitWorkingDays);
    }

    void setValuesAreKept()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("office.ini"));
        {
            AppSettings settings(file);
            settings.setAuthorityDivision(QStringLiteral("140106"));
            settings.setWorkstationCode(QStringLiteral("W12"));
            settings.setTimeLimitWorkingDays(5);
            settings.sync();
        }
        const AppSettings again(file);
        QCOMPARE(again.authorityDivision(), QStringLiteral("140106"));
        QCOMPARE(again.workstationCode(), QStringLiteral("W12"));
        QCOMPARE(again.timeLimitWorkingDays(), 5);
    }

    void opensTheCacheInTheDataFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
        const QString data = dir.filePath(QStringLiteral("data/nested"));
        const auto workbench = Workbench::open(data, settings);
        QVERIFY2(workbench, workbench ? "" : qPrintable(workbench.error().message));
        QVERIFY(QFile::exists(data + QLatin1Char('/') + Defaults::cacheFileName()));
        QCOMPARE(workbench.value()->cases.count(std::nullopt), 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkbenchSettings)
#include "test_workbench_settings.moc"
