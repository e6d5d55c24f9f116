; Inno Setup 6 definition of the OneWindow counter client's installer (一窗受理 窗口端).
; iscc /DStage=<folder windeployqt filled> /DVersion=0.1.0 onewindow-clerk.iss  (build-windows.ps1)
#ifndef Stage
  #error Stage (the folder windeployqt filled) must be given: /DStage=...
#endif
#ifndef Version
  #define Version "0.1.0"
#endif

[Setup]
AppId={{6E0C9A52-3F7B-4C1D-9B0E-1C0A5E2D7F11}
AppName=OneWindow 一窗受理
AppVersion={#Version}
AppPublisher=OneWindow
DefaultDirName={autopf}\OneWindow
DefaultGroupName=OneWindow
OutputBaseFilename=onewindow-clerk-{#Version}-setup
ArchitecturesAllowed=x64
ArchitecturesInstallIn64BitMode=x64
Compression=lzma2
SolidCompression=yes
PrivilegesRequired=admin
; The counter's data (cases, scans, the workstation's certificate) lives in the user's profile
; (%LOCALAPPDATA%\OneWindow): an uninstall never removes it.
UninstallDisplayIcon={app}\onewindow-clerk.exe

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#Stage}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\OneWindow 一窗受理"; Filename: "{app}\onewindow-clerk.exe"
Name: "{autodesktop}\OneWindow 一窗受理"; Filename: "{app}\onewindow-clerk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Run]
Filename: "{app}\onewindow-clerk.exe"; Description: "{cm:LaunchProgram,OneWindow}"; Flags: nowait postinstall skipifsilent
