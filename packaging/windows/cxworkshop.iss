; Inno Setup 6 script: the Windows installer for CX Workshop.
;
; Build the bundle first on Windows (python packaging\build.py), then either
;   python packaging\build.py --installer         (runs iscc with the version from appinfo.py)
; or
;   iscc /DAppVersion=0.1.0 packaging\windows\cxworkshop.iss
; The result is packaging\dist\CXWorkshop-<version>-setup.exe.
;
; It installs per user by default (no administrator needed; the dialog offers all users),
; adds a Start-menu entry, and registers the .cxw file type: the ProgID
; CXWorkshop.Workshop opens "CX Workshop.exe" "%1", shows the app's icon, and is removed
; again on uninstall. "CX Workshop.exe" is the windowed executable; cxworkshop.exe beside it
; is the console one for the command line.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "CX Workshop"
#define AppExe "CX Workshop.exe"
#define ProgId "CXWorkshop.Workshop"
#define Extension ".cxw"
#define MimeType "application/x-cxworkshop"

[Setup]
AppId={{7C1E4B52-3D0A-4F6B-9B7E-2A8C5D1F0C3A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CX Workshop
AppPublisherURL=https://cxworkshop.app/
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=CXWorkshop-{#AppVersion}-setup
SetupIconFile=..\icons\cxworkshop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\cxworkshop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install and HKLM for an all-users one.
Root: HKA; Subkey: "Software\Classes\{#Extension}"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#Extension}"; ValueType: string; ValueName: "Content Type"; ValueData: "{#MimeType}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#Extension}\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "CX Workshop workshop"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: "{#Extension}"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
