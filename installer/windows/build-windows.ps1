# OneWindow counter client for Windows: build, gather Qt with windeployqt, make the installer.
#   powershell -ExecutionPolicy Bypass -File installer\windows\build-windows.ps1 -QtDir C:\Qt\6.4.2\msvc2019_64
# Needs: Visual Studio 2022 (C++ workload, run from a "x64 Native Tools" prompt), CMake >= 3.25, Ninja,
# Qt 6.4 for MSVC 2019 64-bit with Qt SQL, Qt Network and the Qt Charts add-on (the statistics view;
# windeployqt gathers Qt6Charts.dll from the program's imports), configured with -system-sqlite against
# vcpkg's sqlite3 (README.md), OpenSSL 3 (Qt's own OpenSSL backend finds libssl-3-x64.dll /
# libcrypto-3-x64.dll beside the program), and from vcpkg (x64-windows, its bin folder on PATH and
# given as -VcpkgBin): sqlite3, libqrencode, qtkeychain, poppler[qt6] and zxing-cpp; and Inno Setup 6
# (iscc.exe on PATH). See README.md beside this file for what has been checked.
param(
    [Parameter(Mandatory = $true)][string]$QtDir,
    [string]$OpenSslDir = "C:\Program Files\OpenSSL-Win64\bin",
    [string]$VcpkgBin = "C:\vcpkg\installed\x64-windows\bin",
    [string]$BuildDir = "build\windows"
)
$ErrorActionPreference = "Stop"
$source = Resolve-Path "$PSScriptRoot\..\.."
cmake -S $source -B $BuildDir -G Ninja -DCMAKE_BUILD_TYPE=Release -DOW_BUILD_TESTS=OFF `
    -DCMAKE_PREFIX_PATH=$QtDir
cmake --build $BuildDir --target onewindow-clerk onewindow-sync
$stage = Join-Path $BuildDir "stage"
Remove-Item -Recurse -Force $stage -ErrorAction SilentlyContinue
New-Item -ItemType Directory $stage | Out-Null
Copy-Item "$BuildDir\app\clerk\onewindow-clerk.exe", "$BuildDir\app\sync\onewindow-sync.exe" $stage
# Qt's libraries and plugins (platforms, sqldrivers: qsqlite, imageformats, tls: qopensslbackend),
# and its own translations beside ours (ours are compiled into the program).
& "$QtDir\bin\windeployqt.exe" --release --no-compiler-runtime --translations zh_CN,en `
    "$stage\onewindow-clerk.exe" "$stage\onewindow-sync.exe"
Copy-Item "$OpenSslDir\libssl-3-x64.dll", "$OpenSslDir\libcrypto-3-x64.dll" $stage
# The libraries from vcpkg the program links (SQLite, libqrencode, QtKeychain, poppler, zxing-cpp and
# what they need): every DLL of vcpkg's bin folder, as windeployqt copies only Qt's.
Copy-Item "$VcpkgBin\*.dll" $stage
iscc /DStage=$((Resolve-Path $stage).Path) /DVersion=0.1.0 "$PSScriptRoot\onewindow-clerk.iss"
