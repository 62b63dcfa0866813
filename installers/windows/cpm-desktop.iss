; Inno Setup 6 script for CPM Desktop: a per-user install, no administrator rights needed.
;
; Build on Windows after `make dist` (which leaves the app in dist\cpm-desktop\):
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" installers\windows\cpm-desktop.iss
; Output: dist\CPM-Desktop-Setup-<version>.exe
;
; What it does: copies the app to %LOCALAPPDATA%\Programs\CPM Desktop, adds a Start Menu
; entry (and a desktop icon if ticked), associates .cpm files with the app for this user
; (HKCU), and registers an uninstaller under Settings > Apps.

#define AppName "CPM Desktop"
#define AppVersion "0.1.0"
#define AppPublisher "CPM Desktop developers"
; The windowed executable; cpm-desktop.exe next to it is the console one, for the CLI.
#define AppExe "cpm-desktop-gui.exe"
#define ProgId "CPMDesktop.Workspace"

[Setup]
; A fixed AppId keeps upgrades installing over the previous version.
AppId={{3F6B2C1E-8D4A-4E7B-9C2F-5A1D0E7B4C93}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile=..\..\resources\app-icon\cpm-desktop.ico
SourceDir=.
OutputDir=..\..\dist
OutputBaseFilename=CPM-Desktop-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\cpm-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\resources\app-icon\cpm-desktop.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\cpm-desktop.ico"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\cpm-desktop.ico"; Tasks: desktopicon

[Registry]
; The .cpm association, for this user only (HKA is HKCU in a per-user install).
Root: HKA; Subkey: "Software\Classes\.cpm"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.cpm\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{#AppName} workspace"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\cpm-desktop.ico,0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".cpm"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
