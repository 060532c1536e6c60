; PCMD Desktop - Windows installer (Inno Setup 6.3 or newer).
;
; Normally compiled by installer\windows\build-windows.ps1, which runs:
;
;   iscc /DAppVersion=0.1.0 /DSourceDir=<repo>\dist\pcmd-desktop /DOutputDir=<repo>\dist
;        installer\windows\pcmd-desktop.iss
;
; and produces dist\pcmd-desktop-<version>-setup.exe.
;
;   AppVersion  required: the version of pcmd_desktop (pcmd_desktop.__version__); it
;               must be plain numbers such as 0.1.0 because VersionInfoVersion takes
;               up to four dot-separated numbers only.
;   SourceDir   the PyInstaller one-folder bundle (pcmd-desktop.exe, pcmd.exe,
;               _internal\); default <repo>\dist\pcmd-desktop.
;   OutputDir   where the setup .exe goes; default <repo>\dist.
;   IconFile    the setup icon; default <repo>\build\icons\pcmd-desktop.ico (written
;               by installer\make_icons.py).
;
; Encoding: this file and Vietnamese.isl are UTF-8 WITH a byte order mark. Without the
; BOM, Inno Setup before 6.3 reads a script as ANSI and the Vietnamese texts below
; would be garbled. Keep the BOM when editing.

#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is required (ArchitecturesAllowed=x64compatible appeared in 6.3).
#endif
#if VER >= EncodeVer(7, 0, 0)
  #error Written for Inno Setup 6 (6.3 or newer); Inno Setup 7 renamed compiler options and was not tried.
#endif

#ifndef AppVersion
  #error AppVersion is not defined. Compile with: iscc /DAppVersion=<version> ... (build-windows.ps1 does this).
#endif

#ifndef SourceDir
  #define SourceDir AddBackslash(SourcePath) + "..\..\dist\pcmd-desktop"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile AddBackslash(SourcePath) + "..\..\build\icons\pcmd-desktop.ico"
#endif

#define AppName "PCMD Desktop"
#define AppExeName "pcmd-desktop.exe"
#define CliExeName "pcmd.exe"

; Fail at compile time, with a clear message, rather than ship a broken installer.
#if !FileExists(AddBackslash(SourceDir) + AppExeName)
  #error The bundle has no pcmd-desktop.exe: run PyInstaller first (build-windows.ps1), or pass /DSourceDir=<bundle folder>.
#endif
#if !FileExists(AddBackslash(SourceDir) + CliExeName)
  #error The bundle has no pcmd.exe: the PyInstaller build is incomplete.
#endif
#if !FileExists(IconFile)
  #error The setup icon is missing: run "python installer\make_icons.py build\icons" first, or pass /DIconFile=<file.ico>.
#endif
; The portable marker turns a copy of the program into portable mode (database and
; settings in a data\ folder beside the .exe). An installed program must never be
; portable: under Program Files it could not even write there. A bundle that carries the
; marker, or a data\ folder left by running it in portable mode (it would hold a real
; database), is refused outright.
#if FileExists(AddBackslash(SourceDir) + "pcmd-portable.txt")
  #error The bundle contains pcmd-portable.txt. Rebuild it: the marker belongs only in the portable zip.
#endif
#if DirExists(AddBackslash(SourceDir) + "data")
  #error The bundle contains a data\ folder (left by running it in portable mode?). Rebuild it.
#endif

[Setup]
; AppId identifies PCMD Desktop to Windows and to Inno Setup. It must NEVER change:
; upgrades find the previous installation (its folder, its install mode, its uninstaller
; and Add/Remove Programs entry) through it. A new AppId would install a second copy next
; to the old one. ("{{" is Inno Setup's escape for a literal "{".)
AppId={{F656E9FA-9EDF-4E77-A9C3-4F89B7FD6852}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=PCMD Desktop
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Add/Remove Programs shows "PCMD Desktop <version>", and the version in its own column.
UninstallDisplayName={#AppName} {#AppVersion}
UninstallDisplayIcon={app}\{#AppExeName}

; Per-user by default (no administrator needed: %LOCALAPPDATA%\Programs\PCMD Desktop);
; the first dialog offers "all users" (Program Files, needs an administrator), and
; /ALLUSERS or /CURRENTUSER on the command line choose without asking. {autopf} follows
; the chosen mode. An upgrade reuses the mode of the installed copy without asking
; (UsePreviousPrivileges, default yes).
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; An upgrade installs over the previous folder: the folder page is skipped when the
; program is already installed (DisableDirPage=auto) and the old folder is used.
UsePreviousAppDir=yes
DisableDirPage=auto

; The bundle is 64-bit (PySide6 ships x64 Windows wheels only); Windows 10 or newer, like
; Qt 6 itself. x64compatible also admits Windows 11 on Arm (x64 emulation).
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0

; Vietnamese first; LanguageDetectionMethod=none makes the first language the default
; even on an English Windows. The Select Language dialog still lets the user pick English.
LanguageDetectionMethod=none
ShowLanguageDialog=yes

WizardStyle=modern
SetupIconFile={#IconFile}
OutputDir={#OutputDir}
OutputBaseFilename=pcmd-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
SetupLogging=yes
; One Setup at a time.
SetupMutex=PCMDDesktopSetup-F656E9FA,Global\PCMDDesktopSetup-F656E9FA

; A running PCMD Desktop holds its database open, and Windows cannot replace files of a
; running program. The proper guard would be AppMutex=, but the program does not create a
; named mutex yet. So:
;  * CloseApplications=yes: Setup asks Windows Restart Manager which programs use the
;    files it is about to replace or delete ([Files], [InstallDelete]), and offers to close
;    them on the Preparing to Install page. *.pyd are the Python extension modules of the
;    bundle; they are loaded like DLLs.
;  * RestartApplications=no: the [Run] entry below starts the new version instead.
;  * [Code] below additionally asks the user to close the program, before installing
;    (PrepareToInstall) and before uninstalling (InitializeUninstall: the uninstaller does
;    not use Restart Manager), by asking WMI for processes started from {app}.
; When the program creates a named mutex, set AppMutex= to its name here.
CloseApplications=yes
CloseApplicationsFilter=*.exe,*.dll,*.pyd
RestartApplications=no

[Languages]
; Inno Setup has no official Vietnamese: Vietnamese.isl (beside this script) is read on
; top of the English Default.isl, so anything it does not translate stays English.
Name: "vi"; MessagesFile: "compiler:Default.isl,Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vi.DeleteDataQuestion=Bạn có muốn xóa luôn dữ liệu của PCMD Desktop trên máy này không?%n%nDữ liệu gồm cơ sở dữ liệu (mọi hồ sơ đã nhập), các bản sao lưu nằm cạnh nó và các lựa chọn đã lưu của chương trình (ngôn ngữ, thư mục sao lưu, cỡ cửa sổ), trong:%n%1%n%2%n%nViệc xóa KHÔNG THỂ HOÀN TÁC. Các bản sao lưu bạn cất ở nơi khác (ví dụ trên USB) không bị xóa.%n%nChọn Không (No) để giữ lại dữ liệu - nên chọn nếu bạn sẽ cài lại chương trình.
en.DeleteDataQuestion=Also delete the PCMD Desktop data on this computer?%n%nThat is the database (every record entered), the backups beside it and the program's saved choices (language, backup folder, window sizes), in:%n%1%n%2%n%nThis CANNOT be undone. Backups you keep elsewhere (for example on a USB stick) are not touched.%n%nChoose No to keep the data - advisable if you will install the program again.
vi.DeleteDataOtherUsers=Chỉ xóa dữ liệu của tài khoản Windows đang gỡ cài đặt; dữ liệu của các tài khoản khác trên máy này vẫn giữ nguyên.
en.DeleteDataOtherUsers=Only the data of the Windows account running this uninstall is deleted; other accounts on this computer keep theirs.
vi.DeleteDataFailed=Không xóa được hết dữ liệu trong:%n%1%n%nCó thể một tệp vẫn đang được dùng. Hãy tự xóa thư mục này sau khi khởi động lại máy tính.
en.DeleteDataFailed=Could not delete all the data in:%n%1%n%nA file may still be in use. Delete this folder yourself after restarting the computer.
vi.AppStillRunning=PCMD Desktop vẫn đang chạy nên chưa cài được. Hãy đóng chương trình rồi chạy lại trình cài đặt.
en.AppStillRunning=PCMD Desktop is still running, so it cannot be installed now. Close it, then run Setup again.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade copies the new bundle over the old folder, and copying only adds or replaces
; files. _internal\ holds Python, Qt and every library; between versions file names
; change (python311.dll -> python312.dll, a Qt plugin dropped or renamed, a package's
; .pyd with a new ABI tag), and a file the new version no longer ships would stay behind,
; mixed with the new ones, where Python or Qt may find and load it. So the old _internal\
; is deleted first and the folder holds exactly what this version ships. Nothing of the
; user's is in it: the database, backups and settings live in the user's profile.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; The whole bundle: pcmd-desktop.exe (window), pcmd.exe (command line), _internal\.
; The portable marker is never installed (the compile already refuses a bundle that has
; it; the Excludes is a second guard).
Source: "{#SourceDir}\*"; DestDir: "{app}"; Excludes: "\pcmd-portable.txt"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; No Start menu entry for the guide: the program opens it with F1.
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
; postinstall entries run as the user who started Setup (runasoriginaluser is their
; default), so the program never starts elevated and writes its data to that user's
; profile.
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
var
  DeleteUserData: Boolean;

{ A [CustomMessages] text with its %n turned into line breaks: the cm: constant does
  that, CustomMessage() returns the raw text. }
function Msg(const Name: String): String;
var
  S: String;
begin
  S := CustomMessage(Name);
  StringChangeEx(S, '%n', #13#10, True);
  Result := S;
end;

{ A standard message (SetupAppRunningError...) filled in with the program's name. }
function StdMsg(const ID: TSetupMessageID): String;
var
  S: String;
begin
  S := SetupMessage(ID);
  StringChangeEx(S, '%n', #13#10, True);
  Result := FmtMessage(S, ['{#AppName}']);
end;

{ ---- Is PCMD Desktop running? ----
  The program creates no named mutex yet (see CloseApplications in [Setup]), so ask WMI
  for a process whose executable is one of the two .exe files in the given folder. A
  copy run from elsewhere (a portable copy on a USB stick) does not block. Any WMI
  failure counts as "not running": Restart Manager stays the guard for Setup, and the
  uninstaller reports files it could not delete. A non-elevated uninstaller cannot see
  the processes of other Windows accounts. }

function WqlString(const S: String): String;
var
  T: String;
begin
  T := S;
  StringChangeEx(T, '\', '\\', True);
  StringChangeEx(T, '"', '\"', True);
  Result := '"' + T + '"';
end;

function IsRunningFrom(const ExePath: String): Boolean;
var
  Locator, Service, Processes: Variant;
begin
  Result := False;
  try
    Locator := CreateOleObject('WbemScripting.SWbemLocator');
    Service := Locator.ConnectServer('.', 'root\CIMV2');
    Processes := Service.ExecQuery('SELECT ProcessId FROM Win32_Process WHERE ExecutablePath = ' + WqlString(ExePath));
    Result := Processes.Count > 0;
  except
    Log('Could not ask WMI whether ' + ExePath + ' runs: ' + GetExceptionMessage);
  end;
end;

function ProgramRunningIn(const Dir: String): Boolean;
begin
  Result := IsRunningFrom(AddBackslash(Dir) + '{#AppExeName}');
  if not Result then
    Result := IsRunningFrom(AddBackslash(Dir) + '{#CliExeName}');
end;

{ Asks the user to close the program until it is closed (True) or they cancel (False).
  With /SUPPRESSMSGBOXES the answer is Cancel. }
function WaitUntilProgramClosed(const Dir, Text: String): Boolean;
begin
  Result := True;
  while ProgramRunningIn(Dir) do
  begin
    if SuppressibleMsgBox(Text, mbError, MB_OKCANCEL, IDCANCEL) <> IDOK then
    begin
      Result := False;
      Exit;
    end;
  end;
end;

function PrepareToInstall(var NeedsRestart: Boolean): String;
begin
  Result := '';
  if not WaitUntilProgramClosed(ExpandConstant('{app}'), StdMsg(msgSetupAppRunningError)) then
    Result := Msg('AppStillRunning');
end;

function InitializeUninstall(): Boolean;
begin
  Result := WaitUntilProgramClosed(ExpandConstant('{app}'), StdMsg(msgUninstallAppRunningError));
end;

{ ---- Uninstall: keep the data unless the user asks ----
  The program keeps its data in the profile of the Windows user who runs it:
    %LOCALAPPDATA%\pcmd-desktop   database pcmd.sqlite3 (+ -wal/-shm) and backups\
    %APPDATA%\PCMD                settings, PCMD Desktop.ini (Qt QSettings)
  These paths are those of the user running the uninstaller. For a per-machine
  ("all users") install this removes only that user's data - other accounts keep
  theirs - and if the uninstaller was elevated with a different administrator account,
  it is that account's profile. Portable copies keep their data beside themselves and are
  never touched. }

function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\pcmd-desktop');
end;

function SettingsDir(): String;
begin
  Result := ExpandConstant('{userappdata}\PCMD');
end;

procedure DeleteDataFolder(const Dir: String);
begin
  if not DirExists(Dir) then
    Exit;
  if DelTree(Dir, True, True, True) then
    Log('Deleted ' + Dir)
  else
  begin
    Log('Could not delete everything in ' + Dir);
    SuppressibleMsgBox(FmtMessage(Msg('DeleteDataFailed'), [Dir]), mbError, MB_OK, IDOK);
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Question: String;
begin
  case CurUninstallStep of
    usUninstall:
      begin
        { Asked once the uninstall is confirmed, before anything is removed. A silent
          uninstall never deletes data. The default button is No: deleting cannot be
          undone. }
        DeleteUserData := False;
        if UninstallSilent then
          Exit;
        if (not DirExists(DataDir())) and (not DirExists(SettingsDir())) then
          Exit;
        Question := FmtMessage(Msg('DeleteDataQuestion'), [DataDir(), SettingsDir()]);
        if IsAdminInstallMode then
          Question := Question + #13#10#13#10 + Msg('DeleteDataOtherUsers');
        DeleteUserData := MsgBox(Question, mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
      end;
    usPostUninstall:
      begin
        if DeleteUserData then
        begin
          DeleteDataFolder(DataDir());
          DeleteDataFolder(SettingsDir());
        end;
      end;
  end;
end;
