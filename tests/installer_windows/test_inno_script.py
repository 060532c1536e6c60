"""The Windows installer sources in installer/windows, checked without Windows.

Nothing here compiles the Inno Setup script or runs the PowerShell build (neither tool
exists on Linux). What is checked is what can be read from the files: encodings, the
message keys Inno Setup knows, the custom messages every {cm:...} needs in both
languages, the fixed AppId, the version coming from the command line, the portable
marker never installed, the uninstall question defaulting to No, the paths the build
script calls, and the Pascal/ISPP structure (balanced blocks, known ISPP names)."""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "installer" / "windows"
ISS = WINDOWS / "pcmd-desktop.iss"
ISL = WINDOWS / "Vietnamese.isl"
PS1 = WINDOWS / "build-windows.ps1"

BOM = b"\xef\xbb\xbf"
MARKER = "pcmd-portable.txt"


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Upgrades find the installed copy through the AppId: it must never change.
APP_ID = "F656E9FA-9EDF-4E77-A9C3-4F89B7FD6852"

# Every [Messages] key of Inno Setup 6's Files/Default.isl, copied from the real file:
# jrsoftware/issrc, Files/Default.isl at commit f518aecaac8fc3824ed8c6c0cb80131fa1be4cc1
# ("Inno Setup version 6.1.0+ English messages"), read through the search tool's
# read_file. 6.1 renamed the privileges-dialog and file-exists messages of 6.0, so this
# is the oldest 6.x key set Vietnamese.isl can rely on.
DEFAULT_ISL_MESSAGES = words(
    """
    SetupAppTitle SetupWindowTitle UninstallAppTitle UninstallAppFullTitle
    InformationTitle ConfirmTitle ErrorTitle
    SetupLdrStartupMessage LdrCannotCreateTemp LdrCannotExecTemp HelpTextNote
    LastErrorMessage SetupFileMissing SetupFileCorrupt SetupFileCorruptOrWrongVer
    InvalidParameter SetupAlreadyRunning WindowsVersionNotSupported
    WindowsServicePackRequired NotOnThisPlatform OnlyOnThisPlatform
    OnlyOnTheseArchitectures WinVersionTooLowError WinVersionTooHighError
    AdminPrivilegesRequired PowerUserPrivilegesRequired SetupAppRunningError
    UninstallAppRunningError
    PrivilegesRequiredOverrideTitle PrivilegesRequiredOverrideInstruction
    PrivilegesRequiredOverrideText1 PrivilegesRequiredOverrideText2
    PrivilegesRequiredOverrideAllUsers PrivilegesRequiredOverrideAllUsersRecommended
    PrivilegesRequiredOverrideCurrentUser PrivilegesRequiredOverrideCurrentUserRecommended
    ErrorCreatingDir ErrorTooManyFilesInDir
    ExitSetupTitle ExitSetupMessage AboutSetupMenuItem AboutSetupTitle AboutSetupMessage
    AboutSetupNote TranslatorNote
    ButtonBack ButtonNext ButtonInstall ButtonOK ButtonCancel ButtonYes ButtonYesToAll
    ButtonNo ButtonNoToAll ButtonFinish ButtonBrowse ButtonWizardBrowse ButtonNewFolder
    SelectLanguageTitle SelectLanguageLabel
    ClickNext BeveledLabel BrowseDialogTitle BrowseDialogLabel NewFolderName
    WelcomeLabel1 WelcomeLabel2
    WizardPassword PasswordLabel1 PasswordLabel3 PasswordEditLabel IncorrectPassword
    WizardLicense LicenseLabel LicenseLabel3 LicenseAccepted LicenseNotAccepted
    WizardInfoBefore InfoBeforeLabel InfoBeforeClickLabel WizardInfoAfter InfoAfterLabel
    InfoAfterClickLabel
    WizardUserInfo UserInfoDesc UserInfoName UserInfoOrg UserInfoSerial
    UserInfoNameRequired
    WizardSelectDir SelectDirDesc SelectDirLabel3 SelectDirBrowseLabel DiskSpaceGBLabel
    DiskSpaceMBLabel CannotInstallToNetworkDrive CannotInstallToUNCPath InvalidPath
    InvalidDrive DiskSpaceWarningTitle DiskSpaceWarning DirNameTooLong InvalidDirName
    BadDirName32 DirExistsTitle DirExists DirDoesntExistTitle DirDoesntExist
    WizardSelectComponents SelectComponentsDesc SelectComponentsLabel2 FullInstallation
    CompactInstallation CustomInstallation NoUninstallWarningTitle NoUninstallWarning
    ComponentSize1 ComponentSize2 ComponentsDiskSpaceGBLabel ComponentsDiskSpaceMBLabel
    WizardSelectTasks SelectTasksDesc SelectTasksLabel2
    WizardSelectProgramGroup SelectStartMenuFolderDesc SelectStartMenuFolderLabel3
    SelectStartMenuFolderBrowseLabel MustEnterGroupName GroupNameTooLong InvalidGroupName
    BadGroupName NoProgramGroupCheck2
    WizardReady ReadyLabel1 ReadyLabel2a ReadyLabel2b ReadyMemoUserInfo ReadyMemoDir
    ReadyMemoType ReadyMemoComponents ReadyMemoGroup ReadyMemoTasks
    DownloadingLabel ButtonStopDownload StopDownload ErrorDownloadAborted
    ErrorDownloadFailed ErrorDownloadSizeFailed ErrorFileHash1 ErrorFileHash2
    ErrorProgress ErrorFileSize
    WizardPreparing PreparingDesc PreviousInstallNotCompleted CannotContinue
    ApplicationsFound ApplicationsFound2 CloseApplications DontCloseApplications
    ErrorCloseApplications PrepareToInstallNeedsRestart
    WizardInstalling InstallingLabel
    FinishedHeadingLabel FinishedLabelNoIcons FinishedLabel ClickFinish
    FinishedRestartLabel FinishedRestartMessage ShowReadmeCheck YesRadio NoRadio
    RunEntryExec RunEntryShellExec
    ChangeDiskTitle SelectDiskLabel2 PathLabel FileNotInDir2 SelectDirectoryLabel
    SetupAborted AbortRetryIgnoreSelectAction AbortRetryIgnoreRetry
    AbortRetryIgnoreIgnore AbortRetryIgnoreCancel
    StatusClosingApplications StatusCreateDirs StatusExtractFiles StatusCreateIcons
    StatusCreateIniEntries StatusCreateRegistryEntries StatusRegisterFiles
    StatusSavingUninstall StatusRunProgram StatusRestartingApplications StatusRollback
    ErrorInternal2 ErrorFunctionFailedNoCode ErrorFunctionFailed
    ErrorFunctionFailedWithMessage ErrorExecutingProgram
    ErrorRegOpenKey ErrorRegCreateKey ErrorRegWriteKey ErrorIniEntry
    FileAbortRetryIgnoreSkipNotRecommended FileAbortRetryIgnoreIgnoreNotRecommended
    SourceIsCorrupted SourceDoesntExist ExistingFileReadOnly2 ExistingFileReadOnlyRetry
    ExistingFileReadOnlyKeepExisting ErrorReadingExistingDest FileExistsSelectAction
    FileExists2 FileExistsOverwriteExisting FileExistsKeepExisting
    FileExistsOverwriteOrKeepAll ExistingFileNewerSelectAction ExistingFileNewer2
    ExistingFileNewerOverwriteExisting ExistingFileNewerKeepExisting
    ExistingFileNewerOverwriteOrKeepAll ErrorChangingAttr ErrorCreatingTemp
    ErrorReadingSource ErrorCopying ErrorReplacingExistingFile ErrorRestartReplace
    ErrorRenamingTemp ErrorRegisterServer ErrorRegSvr32Failed ErrorRegisterTypeLib
    UninstallDisplayNameMark UninstallDisplayNameMarks UninstallDisplayNameMark32Bit
    UninstallDisplayNameMark64Bit UninstallDisplayNameMarkAllUsers
    UninstallDisplayNameMarkCurrentUser
    ErrorOpeningReadme ErrorRestartingComputer
    UninstallNotFound UninstallOpenError UninstallUnsupportedVer UninstallUnknownEntry
    ConfirmUninstall UninstallOnlyOnWin64 OnlyAdminCanUninstall UninstallStatusLabel
    UninstalledAll UninstalledMost UninstalledAndNeedsRestart UninstallDataCorrupted
    ConfirmDeleteSharedFileTitle ConfirmDeleteSharedFile2 SharedFileNameLabel
    SharedFileLocationLabel WizardUninstalling StatusUninstalling
    ShutdownBlockReasonInstallingApp ShutdownBlockReasonUninstallingApp
    """
)

# The [CustomMessages] of the same Default.isl (English values for {cm:...} come from
# there when the script does not define them).
DEFAULT_ISL_CUSTOM_MESSAGES = words(
    """
    NameAndVersion AdditionalIcons CreateDesktopIcon CreateQuickLaunchIcon
    ProgramOnTheWeb UninstallProgram LaunchProgram AssocFileExtension
    AssocingFileExtension AutoStartProgramGroupDescription AutoStartProgram
    AddonHostProgramNotFound
    """
)

# [LangOptions] directives (the [LangOptions] topic of the Inno Setup help).
LANG_OPTIONS = words(
    """
    LanguageName LanguageID LanguageCodePage DialogFontName DialogFontSize
    WelcomeFontName WelcomeFontSize TitleFontName TitleFontSize CopyrightFontName
    CopyrightFontSize RightToLeft
    """
)

# 6.1 keys that 6.5.0's Default.isl no longer has (DownloadingLabel became
# DownloadingLabel2; the file-hash messages went): seen in 6.5.0-based translations.
# Using them would be ignored (with a warning) by a current compiler.
GONE_BY_6_5 = frozenset({"DownloadingLabel", "ErrorFileHash1", "ErrorFileHash2"})

# What a user sees in a normal install and uninstall; all of it must be Vietnamese.
NORMAL_FLOW = words(
    """
    SetupAppTitle SetupWindowTitle UninstallAppTitle UninstallAppFullTitle ConfirmTitle
    ErrorTitle
    ButtonBack ButtonNext ButtonInstall ButtonOK ButtonCancel ButtonYes ButtonNo
    ButtonFinish ButtonBrowse ButtonWizardBrowse
    SelectLanguageTitle SelectLanguageLabel ClickNext BrowseDialogTitle BrowseDialogLabel
    WelcomeLabel1 WelcomeLabel2
    PrivilegesRequiredOverrideTitle PrivilegesRequiredOverrideInstruction
    PrivilegesRequiredOverrideText1 PrivilegesRequiredOverrideText2
    PrivilegesRequiredOverrideAllUsers PrivilegesRequiredOverrideAllUsersRecommended
    PrivilegesRequiredOverrideCurrentUser PrivilegesRequiredOverrideCurrentUserRecommended
    WizardSelectDir SelectDirDesc SelectDirLabel3 SelectDirBrowseLabel DiskSpaceMBLabel
    DiskSpaceGBLabel DirExistsTitle DirExists
    WizardSelectTasks SelectTasksDesc SelectTasksLabel2
    WizardReady ReadyLabel1 ReadyLabel2a ReadyLabel2b ReadyMemoDir ReadyMemoTasks
    WizardPreparing PreparingDesc ApplicationsFound ApplicationsFound2 CloseApplications
    DontCloseApplications ErrorCloseApplications SetupAppRunningError
    UninstallAppRunningError
    WizardInstalling InstallingLabel StatusExtractFiles StatusCreateIcons
    StatusSavingUninstall StatusRunProgram
    FinishedHeadingLabel FinishedLabel FinishedLabelNoIcons ClickFinish
    ExitSetupTitle ExitSetupMessage
    ConfirmUninstall UninstallStatusLabel UninstalledAll UninstalledMost
    WizardUninstalling StatusUninstalling
    UninstallDisplayNameMarkAllUsers UninstallDisplayNameMarkCurrentUser
    """
)
NORMAL_FLOW_CUSTOM = frozenset(
    {"NameAndVersion", "AdditionalIcons", "CreateDesktopIcon", "LaunchProgram", "UninstallProgram"}
)

# The arguments each translated message takes in Default.isl 6.1 (%1.. and [name]-style
# fields); a message not listed takes none. A translation must keep exactly these.
ARGUMENTS = {
    "SetupWindowTitle": "%1",
    "UninstallAppFullTitle": "%1",
    "SetupLdrStartupMessage": "%1",
    "LastErrorMessage": "%1 %2 %3",
    "SetupFileMissing": "%1",
    "InvalidParameter": "%1",
    "WindowsServicePackRequired": "%1 %2",
    "NotOnThisPlatform": "%1",
    "OnlyOnThisPlatform": "%1",
    "OnlyOnTheseArchitectures": "%1",
    "WinVersionTooLowError": "%1 %2",
    "WinVersionTooHighError": "%1 %2",
    "SetupAppRunningError": "%1",
    "UninstallAppRunningError": "%1",
    "PrivilegesRequiredOverrideText1": "%1",
    "PrivilegesRequiredOverrideText2": "%1",
    "ErrorCreatingDir": "%1",
    "ErrorTooManyFilesInDir": "%1",
    "AboutSetupMessage": "%1 %2 %3 %4",
    "WelcomeLabel1": "[name]",
    "WelcomeLabel2": "[name/ver]",
    "SelectDirDesc": "[name]",
    "SelectDirLabel3": "[name]",
    "DiskSpaceGBLabel": "[gb]",
    "DiskSpaceMBLabel": "[mb]",
    "DiskSpaceWarning": "%1 %2",
    "BadDirName32": "%1",
    "DirExists": "%1",
    "DirDoesntExist": "%1",
    "SelectTasksLabel2": "[name]",
    "ReadyLabel1": "[name]",
    "PreparingDesc": "[name]",
    "PreviousInstallNotCompleted": "[name]",
    "PrepareToInstallNeedsRestart": "[name]",
    "InstallingLabel": "[name]",
    "FinishedHeadingLabel": "[name]",
    "FinishedLabelNoIcons": "[name]",
    "FinishedLabel": "[name]",
    "FinishedRestartLabel": "[name]",
    "FinishedRestartMessage": "[name]",
    "RunEntryExec": "%1",
    "RunEntryShellExec": "%1",
    "ErrorInternal2": "%1",
    "ErrorFunctionFailedNoCode": "%1",
    "ErrorFunctionFailed": "%1 %2",
    "ErrorFunctionFailedWithMessage": "%1 %2 %3",
    "ErrorExecutingProgram": "%1",
    "SourceDoesntExist": "%1",
    "UninstallNotFound": "%1",
    "UninstallOpenError": "%1",
    "UninstallUnsupportedVer": "%1",
    "UninstallUnknownEntry": "%1",
    "ConfirmUninstall": "%1",
    "UninstallStatusLabel": "%1",
    "UninstalledAll": "%1",
    "UninstalledMost": "%1",
    "UninstalledAndNeedsRestart": "%1",
    "UninstallDataCorrupted": "%1",
    "StatusUninstalling": "%1",
    "ShutdownBlockReasonInstallingApp": "%1",
    "ShutdownBlockReasonUninstallingApp": "%1",
    "NameAndVersion": "%1 %2",
    "UninstallProgram": "%1",
    "LaunchProgram": "%1",
}

# Messages that end without a period in Default.isl: Inno Setup adds one itself to some
# of them, so a translation ending with "." would show two.
NO_FINAL_PERIOD = words(
    """
    LdrCannotCreateTemp LdrCannotExecTemp ErrorCreatingDir ErrorTooManyFilesInDir
    ErrorInternal2 ErrorFunctionFailedNoCode ErrorFunctionFailed SourceIsCorrupted
    SourceDoesntExist UninstallOpenError UninstallUnsupportedVer UninstallUnknownEntry
    UninstallDataCorrupted
    """
)

PLACEHOLDER = re.compile(r"%[1-9]|\[(?:name|name/ver|mb|gb)\]")


# ---- reading the files -------------------------------------------------------------


def text_of(path: Path) -> str:
    return path.read_bytes().decode("utf-8-sig")


def sections(text: str) -> dict[str, list[str]]:
    """Section name (lower case) -> its non-comment, non-blank lines, in order; sections
    of the same name are joined (Inno Setup allows repeating them)."""
    result: dict[str, list[str]] = {"": []}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1).lower()
            result.setdefault(current, [])
            continue
        if current != "code" and (not line or line.startswith(";")):
            continue
        result[current].append(raw if current == "code" else line)
    return result


def directives(lines: list[str]) -> dict[str, str]:
    """Key=value lines; a repeated key is an error here (the later one would win)."""
    result: dict[str, str] = {}
    for line in lines:
        key, sep, value = line.partition("=")
        assert sep, f"not a Key=value line: {line!r}"
        key = key.strip()
        assert key not in result, f"{key} is given twice"
        result[key] = value
    return result


def entries(lines: list[str]) -> list[dict[str, str]]:
    """Entries of a parameter section ([Files], [Icons]...): Name: "value"; ..."""
    result = []
    for line in lines:
        params: dict[str, str] = {}
        for part in re.findall(r'(?:[^;"]|"[^"]*")+', line):
            name, sep, value = part.partition(":")
            assert sep, f"not a parameter: {part!r} in {line!r}"
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] == '"':
                value = value[1:-1]
            params[name.strip().lower()] = value
        result.append(params)
    return result


@pytest.fixture(scope="module")
def iss() -> str:
    return text_of(ISS)


@pytest.fixture(scope="module")
def iss_sections(iss) -> dict[str, list[str]]:
    return sections(iss)


@pytest.fixture(scope="module")
def setup(iss_sections) -> dict[str, str]:
    return directives(iss_sections["setup"])


@pytest.fixture(scope="module")
def isl_sections() -> dict[str, list[str]]:
    return sections(text_of(ISL))


@pytest.fixture(scope="module")
def isl_messages(isl_sections) -> dict[str, str]:
    return directives(isl_sections["messages"])


@pytest.fixture(scope="module")
def isl_custom(isl_sections) -> dict[str, str]:
    return directives(isl_sections["custommessages"])


@pytest.fixture(scope="module")
def iss_custom(iss_sections) -> dict[str, str]:
    return directives(iss_sections["custommessages"])


@pytest.fixture(scope="module")
def code(iss_sections) -> str:
    return "\n".join(iss_sections["code"])


@pytest.fixture(scope="module")
def ps1() -> str:
    return text_of(PS1)


def pascal_without_comments_and_strings(code: str) -> str:
    """The [Code] text with 'strings' emptied and {...}, (*...*), // comments removed."""
    out = []
    i = 0
    while i < len(code):
        if code.startswith("//", i):
            i = code.find("\n", i) if "\n" in code[i:] else len(code)
        elif code[i] == "{":
            end = code.find("}", i)
            assert end != -1, "unterminated { comment in [Code]"
            i = end + 1
        elif code.startswith("(*", i):
            end = code.find("*)", i)
            assert end != -1, "unterminated (* comment in [Code]"
            i = end + 2
        elif code[i] == "'":
            end = code.find("'", i + 1)
            assert end != -1 and "\n" not in code[i:end], "unterminated string in [Code]"
            out.append("''")
            i = end + 1
        else:
            out.append(code[i])
            i += 1
    return "".join(out)


def pascal_routine(code: str, name: str) -> str:
    """The text of one procedure/function, from its header to the next routine."""
    match = re.search(
        rf"^(procedure|function) {name}\b.*?(?=^(procedure|function) |\Z)", code, re.M | re.S
    )
    assert match, f"no routine {name} in [Code]"
    return match.group(0)


# ---- encodings ---------------------------------------------------------------------


@pytest.mark.parametrize("path", [ISS, ISL], ids=lambda p: p.name)
def test_starts_with_utf8_bom_and_decodes_as_utf8(path):
    """Without the BOM, Inno Setup (before 6.3) and Windows PowerShell 5.1 read the file
    as ANSI and garble the Vietnamese."""
    data = path.read_bytes()
    assert data.startswith(BOM), f"{path.name} must start with the UTF-8 BOM"
    text = data[len(BOM) :].decode("utf-8")
    assert "\ufeff" not in text, "a second BOM inside the file"
    assert re.search(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]", text), (
        f"{path.name} is expected to hold Vietnamese text (that is why it needs the BOM)"
    )


# ---- Vietnamese.isl ----------------------------------------------------------------


def test_isl_has_only_the_three_message_sections(isl_sections):
    assert set(isl_sections) - {""} == {"langoptions", "messages", "custommessages"}
    assert isl_sections[""] == []


def test_isl_lang_options(isl_sections):
    options = directives(isl_sections["langoptions"])
    assert set(options) <= LANG_OPTIONS
    assert options["LanguageName"] == "Tiếng Việt"
    assert options["LanguageID"] == "$042A"
    assert options["LanguageCodePage"] == "0"


def test_isl_keys_exist_in_inno_setup_6_default_isl(isl_messages, isl_custom):
    assert set(isl_messages) - DEFAULT_ISL_MESSAGES == set()
    assert set(isl_custom) - DEFAULT_ISL_CUSTOM_MESSAGES == set()
    assert set(isl_messages) & GONE_BY_6_5 == set()


def test_isl_translates_the_normal_install_and_uninstall(isl_messages, isl_custom):
    assert NORMAL_FLOW - set(isl_messages) == set()
    assert NORMAL_FLOW_CUSTOM - set(isl_custom) == set()
    for key, value in {**isl_messages, **isl_custom}.items():
        assert value.strip(), f"{key} is empty"


def test_isl_messages_keep_their_arguments(isl_messages, isl_custom):
    for key, value in {**isl_messages, **isl_custom}.items():
        expected = sorted(ARGUMENTS.get(key, "").split())
        assert sorted(set(PLACEHOLDER.findall(value))) == expected, key


def test_isl_adds_no_final_period_where_inno_setup_adds_one(isl_messages):
    for key in NO_FINAL_PERIOD & set(isl_messages):
        assert not isl_messages[key].endswith("."), key


def test_isl_accelerators_are_plain_letters(isl_messages, isl_custom):
    """ "&" marks the keyboard shortcut; a letter with a diacritic cannot be typed as one."""
    for key, value in {**isl_messages, **isl_custom}.items():
        for following in re.findall(r"&(.)", value):
            assert following == "&" or re.fullmatch(r"[A-Za-z0-9]", following), (key, value)


# ---- pcmd-desktop.iss: [Setup] -----------------------------------------------------


def test_app_id_is_the_fixed_guid(setup):
    value = setup["AppId"]
    assert value.startswith("{{") and value.endswith("}"), "AppId must be {{GUID} in Inno syntax"
    guid = value[2:-1]
    assert str(uuid.UUID(guid)).upper() == guid
    assert guid == APP_ID, "AppId must never change: upgrades rely on it"


def test_version_comes_only_from_the_command_line(iss, setup):
    guard = re.search(r"^#ifndef AppVersion\s*\n\s*#error .+\n#endif", iss, re.M)
    assert guard, "compiling without /DAppVersion must stop with #error"
    assert not re.search(r"^\s*#define\s+(public\s+)?AppVersion\b", iss, re.M | re.I)
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["VersionInfoVersion"] == "{#AppVersion}"
    assert setup["OutputBaseFilename"] == "pcmd-desktop-{#AppVersion}-setup"
    assert "{#AppVersion}" in setup["UninstallDisplayName"]


def test_setup_directives(setup):
    assert setup["AppName"] == "{#AppName}"
    assert setup["DefaultDirName"] == r"{autopf}\{#AppName}"
    assert setup["DefaultGroupName"] == "{#AppName}"
    assert setup["DisableProgramGroupPage"] == "yes"
    assert setup["PrivilegesRequired"] == "lowest"
    assert set(setup["PrivilegesRequiredOverridesAllowed"].split()) == {"dialog", "commandline"}
    assert setup["ArchitecturesAllowed"] == "x64compatible"
    assert setup["ArchitecturesInstallIn64BitMode"] == "x64compatible"
    assert setup["WizardStyle"] == "modern"
    assert setup["SetupIconFile"] == "{#IconFile}"
    assert setup["UninstallDisplayIcon"] == r"{app}\{#AppExeName}"
    assert setup["Compression"].startswith("lzma2")
    assert setup["SolidCompression"] == "yes"
    assert setup["CloseApplications"] in {"yes", "force"}
    assert setup["UsePreviousAppDir"] == "yes"
    assert setup["OutputDir"] == "{#OutputDir}"
    assert "AppMutex" not in setup, "the program creates no mutex yet"


def test_ispp_names_are_defined(iss):
    """Every {#Name} refers to a #define or to a name passed with /D."""
    defined = set(re.findall(r"^\s*#define\s+(\w+)", iss, re.M))
    from_command_line = {"AppVersion", "SourceDir", "OutputDir", "IconFile"}
    used = set(re.findall(r"\{#(\w+)\}", iss))
    assert used - defined - from_command_line == set()
    assert {"SourceDir", "OutputDir", "IconFile"} <= defined, "defaults for the optional /D"


def test_ispp_conditionals_are_balanced(iss):
    depth = 0
    for line in iss.splitlines():
        word = re.match(r"\s*#(\w+)", line)
        if not word:
            continue
        if word.group(1) in {"if", "ifdef", "ifndef", "ifexist", "ifnexist"}:
            depth += 1
        elif word.group(1) == "endif":
            depth -= 1
            assert depth >= 0, "#endif without #if"
    assert depth == 0


# ---- languages and messages --------------------------------------------------------


def test_languages_vietnamese_first_then_english(iss_sections):
    languages = entries(iss_sections["languages"])
    assert [lang["name"] for lang in languages] == ["vi", "en"]
    vi, en = languages
    assert vi["messagesfile"] == "compiler:Default.isl,Vietnamese.isl"
    assert en["messagesfile"] == "compiler:Default.isl"
    assert (ISS.parent / "Vietnamese.isl").is_file()


def used_custom_messages(iss: str) -> set[str]:
    names = set(re.findall(r"\{cm:(\w+)", iss))
    names |= set(re.findall(r"\b(?:CustomMessage|Msg)\('(\w+)'\)", iss))
    return names


def test_every_custom_message_exists_in_both_languages(iss, iss_custom, isl_custom):
    used = used_custom_messages(iss)
    assert used, "the script uses custom messages"
    for name in sorted(used):
        vietnamese = f"vi.{name}" in iss_custom or name in isl_custom
        english = f"en.{name}" in iss_custom or name in DEFAULT_ISL_CUSTOM_MESSAGES
        assert vietnamese, f"{name} has no Vietnamese text"
        assert english, f"{name} has no English text"


def test_script_custom_messages_are_per_language_and_paired(iss_custom):
    by_language: dict[str, dict[str, str]] = {"vi": {}, "en": {}}
    for key, value in iss_custom.items():
        language, _, name = key.partition(".")
        assert language in by_language and name, f"{key}: prefix it with vi. or en."
        by_language[language][name] = value
    assert set(by_language["vi"]) == set(by_language["en"])
    for name, vietnamese in by_language["vi"].items():
        english = by_language["en"][name]
        assert sorted(set(PLACEHOLDER.findall(vietnamese))) == sorted(
            set(PLACEHOLDER.findall(english))
        ), name


def test_no_unused_script_custom_messages(iss, iss_custom):
    used = used_custom_messages(iss)
    assert {key.partition(".")[2] for key in iss_custom} - used == set()


# ---- files, icons, run -------------------------------------------------------------


def test_portable_marker_is_never_installed(iss, iss_sections):
    files = entries(iss_sections["files"])
    assert files, "the script installs the bundle"
    for entry in files:
        assert MARKER not in entry["source"], "the marker must not be a [Files] source"
        assert not entry["source"].lower().endswith(".txt")
    bundle = [e for e in files if e["source"] == r"{#SourceDir}\*"]
    assert len(bundle) == 1
    assert rf"\{MARKER}" in [p.strip() for p in bundle[0].get("excludes", "").split(",")]
    # and the compile refuses a bundle that carries it
    assert re.search(rf'^#if FileExists\(.*"{re.escape(MARKER)}"\)\s*\n\s*#error', iss, re.M)


def test_upgrade_deletes_the_old_internal_folder_first(iss_sections):
    deletes = entries(iss_sections["installdelete"])
    assert {"type": "filesandordirs", "name": r"{app}\_internal"} in deletes
    assert all(d["name"].startswith("{app}\\") for d in deletes), "never delete outside {app}"


def test_shortcuts_and_run(iss_sections):
    tasks = entries(iss_sections["tasks"])
    assert tasks == [
        {
            "name": "desktopicon",
            "description": "{cm:CreateDesktopIcon}",
            "groupdescription": "{cm:AdditionalIcons}",
            "flags": "unchecked",
        }
    ]
    icons = {i["name"]: i for i in entries(iss_sections["icons"])}
    assert icons[r"{group}\{#AppName}"]["filename"] == r"{app}\{#AppExeName}"
    assert icons[r"{group}\{cm:UninstallProgram,{#AppName}}"]["filename"] == "{uninstallexe}"
    assert icons[r"{autodesktop}\{#AppName}"]["tasks"] == "desktopicon"
    (run,) = entries(iss_sections["run"])
    assert run["filename"] == r"{app}\{#AppExeName}"
    assert set(run["flags"].split()) == {"nowait", "postinstall", "skipifsilent"}


def test_exe_names_match_the_bundle(iss):
    assert re.search(r'^#define AppExeName "pcmd-desktop\.exe"$', iss, re.M)
    assert re.search(r'^#define CliExeName "pcmd\.exe"$', iss, re.M)


# ---- [Code] ------------------------------------------------------------------------


def test_code_blocks_are_balanced(code):
    bare = pascal_without_comments_and_strings(code).lower()
    words = re.findall(r"[a-z_]\w*", bare)
    opened = sum(words.count(w) for w in ("begin", "case", "try"))
    assert opened == words.count("end")
    assert bare.count("(") == bare.count(")")
    assert bare.count("[") == bare.count("]")


def test_uninstall_asks_before_deleting_data_default_no(code):
    routine = pascal_routine(code, "CurUninstallStepChanged")
    ask = re.search(r"MsgBox\((.*?)\)\s*=\s*IDYES", routine, re.S)
    assert ask, "the data question is a MsgBox answered Yes to delete"
    assert "MB_DEFBUTTON2" in ask.group(1), "the default button must be No"
    assert "MB_YESNO" in ask.group(1)
    assert "DeleteDataQuestion" in routine
    silent = routine.find("UninstallSilent")
    assert 0 <= silent < routine.find("MsgBox("), "a silent uninstall must not ask"
    assert "usUninstall" in routine and "usPostUninstall" in routine


def test_data_deletion_is_limited_to_the_program_folders(code):
    assert re.search(
        r"ExpandConstant\('\{localappdata\}\\pcmd-desktop'\)", pascal_routine(code, "DataDir")
    )
    assert re.search(
        r"ExpandConstant\('\{userappdata\}\\PCMD'\)", pascal_routine(code, "SettingsDir")
    )
    calls = re.findall(r"DelTree\(([^,]+),", code)
    assert calls == ["Dir"], "DelTree only in DeleteDataFolder"
    callers = re.findall(r"DeleteDataFolder\((\w+)\(\)\)", code)
    assert sorted(callers) == ["DataDir", "SettingsDir"]
    assert "DeleteUserData" in pascal_routine(code, "CurUninstallStepChanged")


def test_running_program_blocks_install_and_uninstall(code):
    assert "WaitUntilProgramClosed" in pascal_routine(code, "PrepareToInstall")
    assert "WaitUntilProgramClosed" in pascal_routine(code, "InitializeUninstall")
    running = pascal_routine(code, "ProgramRunningIn")
    assert "{#AppExeName}" in running and "{#CliExeName}" in running


# ---- build-windows.ps1 -------------------------------------------------------------


def windows_path(text: str) -> str:
    return text.replace("/", "\\")


def test_ps1_stops_on_errors(ps1):
    assert re.search(r"^\$ErrorActionPreference = 'Stop'$", ps1, re.M)
    assert re.search(r"^Set-StrictMode -Version Latest$", ps1, re.M)


def test_ps1_calls_the_fixed_paths(ps1):
    for path in (
        "installer/pcmd-desktop.spec",
        "installer/make_icons.py",
        "scripts/guide_screenshots.py",
        "build/icons",
        "build/venv-win",
        "build/pyinstaller",
        "docs/images/huong-dan",
    ):
        assert f"'{windows_path(path)}'" in ps1, path
    assert "'--distpath', 'dist', '--workpath', 'build\\pyinstaller'" in ps1
    assert "'-m', 'pip', 'install', '.[build]'" in ps1
    assert "import pcmd_desktop; print(pcmd_desktop.__version__)" in ps1


def test_ps1_steps_run_in_order(ps1):
    order = [
        "'-m', 'venv'",
        "'.[build]'",
        "print(pcmd_desktop.__version__)",
        "'installer\\make_icons.py'",
        "$env:QT_QPA_PLATFORM = 'offscreen'",
        "'scripts\\guide_screenshots.py'",
        "'installer\\pcmd-desktop.spec'",
        "'pcmd.exe') @('--version')",
        "CreateFromDirectory",
        '"/DAppVersion=$Version"',
    ]
    positions = [ps1.find(step) for step in order]
    assert -1 not in positions, dict(zip(order, positions, strict=True))
    assert positions == sorted(positions)


def test_ps1_checks_every_native_exit_code(ps1):
    """Native programs run only through Invoke-Native / Invoke-NativeOutput, which look
    at $LASTEXITCODE; a bare call elsewhere could fail unnoticed."""
    helpers = re.findall(r"^function (Invoke-Native\w*) \{.*?^\}", ps1, re.M | re.S)
    assert sorted(helpers) == ["Invoke-Native", "Invoke-NativeOutput"]
    bodies = re.findall(r"^function Invoke-Native\w* \{.*?^\}", ps1, re.M | re.S)
    for body in bodies:
        assert "$LASTEXITCODE" in body and "throw" in body
    outside = ps1
    for body in bodies:
        outside = outside.replace(body, "")
    assert not re.search(r"(^\s*|[=(|;]\s*)&\s*[$'\"]", outside, re.M), "bare native call"
    for program in ("'py'", "$VenvPython", "$IsccExe", "(Join-Path $Bundle 'pcmd.exe')"):
        assert re.search(rf"Invoke-Native\w* {re.escape(program)}", ps1), program


def test_ps1_smoke_checks_the_version(ps1):
    assert re.search(
        r"Invoke-NativeOutput \(Join-Path \$Bundle 'pcmd\.exe'\) @\('--version'\)", ps1
    )
    assert re.search(r"\$reported -notmatch .*\[regex\]::Escape\(\$Version\)", ps1)


def test_ps1_portable_zip(ps1):
    assert '"pcmd-desktop-$Version-windows-portable.zip"' in ps1
    assert '$portableName = "pcmd-desktop-$Version"' in ps1
    assert re.search(r"CreateFromDirectory\(\$portableDir, \$zip,\s*\n?.*\$true\)", ps1), (
        "the zip must keep the top folder (includeBaseDirectory)"
    )
    assert "$PortableMarker = 'pcmd-portable.txt'" in ps1
    # The zip's marker is the committed one, shared with the Linux archive.
    assert 'Join-Path $RepoRoot "installer\\$PortableMarker"' in ps1
    marker = (ROOT / "installer" / "pcmd-portable.txt").read_text(encoding="utf-8")
    assert "chế độ di động" in marker and "portable mode" in marker, "both languages"


def test_ps1_is_ascii_or_has_the_bom(ps1):
    """Windows PowerShell 5.1 reads a script without BOM as ANSI."""
    data = PS1.read_bytes()
    assert data.startswith(BOM) or data.isascii()


def test_ps1_runs_iscc_with_the_defines(ps1):
    for define in ("/DAppVersion=$Version", "/DSourceDir=$Bundle", "/DOutputDir=$Dist"):
        assert f'"{define}"' in ps1
    assert "'pcmd-desktop.iss'" in ps1
    assert "${env:ProgramFiles(x86)} 'Inno Setup 6\\ISCC.exe'" in ps1
    assert "$env:LOCALAPPDATA 'Programs\\Inno Setup 6\\ISCC.exe'" in ps1
    assert '"pcmd-desktop-$Version-setup.exe"' in ps1
