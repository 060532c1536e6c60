<#
.SYNOPSIS
    Builds PCMD Desktop for Windows: the PyInstaller bundle, a portable zip and the
    Inno Setup installer.

.DESCRIPTION
    For a Windows 10/11 x64 machine with Python 3.11 or newer (the "py" launcher) and
    Inno Setup 6.3 or newer. Run from a clean clone, at the repository root:

        powershell -ExecutionPolicy Bypass -File installer\windows\build-windows.ps1

    Steps: a fresh virtual environment build\venv-win; pip install ".[build]"; the
    version from pcmd_desktop.__version__; icons (installer\make_icons.py); the guide
    screenshots (scripts\guide_screenshots.py, Qt offscreen); PyInstaller
    (installer\pcmd-desktop.spec) into dist\pcmd-desktop\; a smoke check of
    "pcmd.exe --version"; the portable zip; the installer (ISCC).

    Artefacts, in dist\:
        pcmd-desktop\                               the bundle
        pcmd-desktop-<version>-windows-portable.zip  folder pcmd-desktop-<version>\ + marker
        pcmd-desktop-<version>-setup.exe            the installer

    Any failing step stops the script with an error (exit code 1).

    This file is UTF-8 with a byte order mark: Windows PowerShell 5.1 reads a script
    without BOM as ANSI, which would garble any non-ASCII text added to it later.

.PARAMETER PythonVersion
    What to ask the py launcher for, e.g. "3.12" (py -3.12). Default "3": the newest
    Python 3 installed; it must be 3.11 or newer.

.PARAMETER Iscc
    Full path of ISCC.exe, if it is not on PATH nor in a default Inno Setup 6 folder.
#>
[CmdletBinding()]
param(
    [string]$PythonVersion = '3',
    [string]$Iscc = ''
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

$RepoRoot = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
$Dist = Join-Path $RepoRoot 'dist'
$Bundle = Join-Path $Dist 'pcmd-desktop'
$Venv = Join-Path $RepoRoot 'build\venv-win'
$VenvPython = Join-Path $Venv 'Scripts\python.exe'
$IconFile = Join-Path $RepoRoot 'build\icons\pcmd-desktop.ico'
$IssFile = Join-Path $PSScriptRoot 'pcmd-desktop.iss'
$PortableMarker = 'pcmd-portable.txt'

function Write-Step([string]$Text) {
    Write-Host ''
    Write-Host "==> $Text" -ForegroundColor Cyan
}

# Runs a native program and stops the build when its exit code is not 0.
# $ErrorActionPreference is relaxed while it runs: Windows PowerShell 5.1 turns anything
# a native program writes to stderr (pip's notices, PyInstaller's log) into an error
# record, which 'Stop' would treat as a failure even when the program succeeded. The
# exit code is what decides.
function Invoke-Native {
    param(
        [Parameter(Mandatory = $true)][string]$FilePath,
        [string[]]$Arguments = @()
    )
    # A missing program must stop the build here, not leave an old $LASTEXITCODE behind.
    $null = Get-Command $FilePath -CommandType Application -ErrorAction Stop
    $saved = $ErrorActionPreference
    $ErrorActionPreference = 'Continue'
    try {
        & $FilePath @Arguments
        $code = $LASTEXITCODE
    }
    finally {
        $ErrorActionPreference = $saved
    }
    if ($code -ne 0) {
        throw "'$FilePath $($Arguments -join ' ')' failed with exit code $code."
    }
}

# Same, but returns what the program printed (stdout and stderr) as one string.
function Invoke-NativeOutput {
    param(
        [Parameter(Mandatory = $true)][string]$FilePath,
        [string[]]$Arguments = @(),
        # Only what the program prints on stdout (a warning on stderr must not become
        # part of a value read back, such as the version).
        [switch]$StdoutOnly
    )
    $null = Get-Command $FilePath -CommandType Application -ErrorAction Stop
    $saved = $ErrorActionPreference
    $ErrorActionPreference = 'Continue'
    try {
        if ($StdoutOnly) {
            $output = & $FilePath @Arguments 2>$null | ForEach-Object { "$_" }
        }
        else {
            $output = & $FilePath @Arguments 2>&1 | ForEach-Object { "$_" }
        }
        $code = $LASTEXITCODE
    }
    finally {
        $ErrorActionPreference = $saved
    }
    $text = ($output -join "`n").Trim()
    if ($code -ne 0) {
        throw "'$FilePath $($Arguments -join ' ')' failed with exit code $code.`n$text"
    }
    return $text
}

function Remove-IfExists([string]$Path) {
    if (Test-Path -LiteralPath $Path) {
        Remove-Item -LiteralPath $Path -Recurse -Force
    }
}

function Find-Iscc {
    if ($Iscc) {
        if (-not (Test-Path -LiteralPath $Iscc -PathType Leaf)) {
            throw "ISCC.exe not found at -Iscc '$Iscc'."
        }
        return $Iscc
    }
    $onPath = Get-Command 'ISCC.exe' -CommandType Application -ErrorAction SilentlyContinue |
        Select-Object -First 1
    if ($onPath) {
        return $onPath.Source
    }
    $candidates = @()
    if (${env:ProgramFiles(x86)}) {
        $candidates += Join-Path ${env:ProgramFiles(x86)} 'Inno Setup 6\ISCC.exe'
    }
    if ($env:ProgramFiles) {
        $candidates += Join-Path $env:ProgramFiles 'Inno Setup 6\ISCC.exe'
    }
    if ($env:LOCALAPPDATA) {
        # Where a per-user ("install for me only") Inno Setup 6 goes.
        $candidates += Join-Path $env:LOCALAPPDATA 'Programs\Inno Setup 6\ISCC.exe'
    }
    foreach ($candidate in $candidates) {
        if (Test-Path -LiteralPath $candidate -PathType Leaf) {
            return $candidate
        }
    }
    throw ("Inno Setup 6 (ISCC.exe) not found on PATH nor in: " + ($candidates -join ', ') +
        ". Install Inno Setup 6.3 or newer from https://jrsoftware.org/isdl.php, or pass -Iscc <path>.")
}

# A relative -Iscc is meant from where the script was started, not the repository root.
if ($Iscc) { $Iscc = (Resolve-Path -LiteralPath $Iscc).Path }
Push-Location $RepoRoot
$savedQtPlatform = $env:QT_QPA_PLATFORM
$savedPythonUtf8 = $env:PYTHONUTF8
# The helper scripts print Vietnamese; piped or logged, Python on Windows would otherwise
# write the ANSI code page and fail on letters such as "ả".
$env:PYTHONUTF8 = '1'
try {
    # Find ISCC first: no point building for ten minutes to fail at the last step.
    $IsccExe = Find-Iscc
    Write-Host "Inno Setup compiler: $IsccExe"

    Write-Step "Fresh virtual environment build\venv-win (py -$PythonVersion)"
    if (-not (Get-Command 'py' -CommandType Application -ErrorAction SilentlyContinue)) {
        throw "The Python launcher 'py' was not found. Install Python 3.11+ from python.org (with the launcher)."
    }
    Remove-IfExists $Venv
    Invoke-Native 'py' @("-$PythonVersion", '-m', 'venv', $Venv)
    # 64-bit x64 Python 3.11+: the installer is for x64 Windows (ArchitecturesAllowed), and
    # PySide6 has no 32-bit wheels. Single quotes inside: PowerShell 5.1 passes embedded
    # double quotes to native programs unescaped.
    Invoke-Native $VenvPython @('-c', "import sys, sysconfig; sys.exit(0 if sys.version_info >= (3, 11) and sysconfig.get_platform() == 'win-amd64' else 1)")
    Write-Host (Invoke-NativeOutput $VenvPython @('--version'))

    Write-Step 'pip install ".[build]"'
    Invoke-Native $VenvPython @('-m', 'pip', 'install', '--upgrade', 'pip')
    Invoke-Native $VenvPython @('-m', 'pip', 'install', '.[build]')

    Write-Step 'Version'
    $Version = Invoke-NativeOutput $VenvPython @('-c', 'import pcmd_desktop; print(pcmd_desktop.__version__)') -StdoutOnly
    # The installer's VersionInfoVersion accepts up to four dot-separated numbers only.
    if ($Version -notmatch '^\d+(\.\d+){0,3}$') {
        throw "Version '$Version' is not plain numbers (like 0.1.0); Inno Setup's VersionInfoVersion cannot take it."
    }
    Write-Host "PCMD Desktop $Version"

    Write-Step 'Icons (installer\make_icons.py)'
    Invoke-Native $VenvPython @('installer\make_icons.py', 'build\icons')
    if (-not (Test-Path -LiteralPath $IconFile -PathType Leaf)) {
        throw "installer\make_icons.py did not write $IconFile."
    }

    Write-Step 'Guide screenshots (scripts\guide_screenshots.py, Qt offscreen)'
    # Before PyInstaller: the spec bundles the guide and its images.
    $env:QT_QPA_PLATFORM = 'offscreen'
    Invoke-Native $VenvPython @('scripts\guide_screenshots.py', 'docs\images\huong-dan')
    $env:QT_QPA_PLATFORM = $savedQtPlatform

    Write-Step 'PyInstaller (installer\pcmd-desktop.spec -> dist\pcmd-desktop)'
    Remove-IfExists $Bundle
    Remove-IfExists (Join-Path $RepoRoot 'build\pyinstaller')
    $env:PCMD_ICON = $IconFile  # the spec gives both executables this icon
    Invoke-Native $VenvPython @('-m', 'PyInstaller', 'installer\pcmd-desktop.spec',
        '--distpath', 'dist', '--workpath', 'build\pyinstaller', '--noconfirm')
    foreach ($expected in @('pcmd-desktop.exe', 'pcmd.exe', '_internal')) {
        if (-not (Test-Path -LiteralPath (Join-Path $Bundle $expected))) {
            throw "The bundle has no $expected (looked in $Bundle)."
        }
    }
    foreach ($forbidden in @($PortableMarker, 'data')) {
        if (Test-Path -LiteralPath (Join-Path $Bundle $forbidden)) {
            throw "The bundle contains $forbidden; it must not (portable mode belongs only in the zip)."
        }
    }

    Write-Step 'Smoke check: dist\pcmd-desktop\pcmd.exe --version'
    $reported = Invoke-NativeOutput (Join-Path $Bundle 'pcmd.exe') @('--version')
    Write-Host $reported
    if ($reported -notmatch "(^|\s)$([regex]::Escape($Version))(\s|$)") {
        throw "pcmd.exe --version printed '$reported', not the version $Version."
    }

    Write-Step 'Portable zip'
    $portableName = "pcmd-desktop-$Version"
    $staging = Join-Path $RepoRoot 'build\portable'
    $portableDir = Join-Path $staging $portableName
    $zip = Join-Path $Dist "pcmd-desktop-$Version-windows-portable.zip"
    Remove-IfExists $staging
    Remove-IfExists $zip
    New-Item -ItemType Directory -Path $staging | Out-Null
    Copy-Item -LiteralPath $Bundle -Destination $portableDir -Recurse
    # The marker and its explanation (Vietnamese and English) are the same file as in the
    # Linux archive; the program only checks that it exists.
    Copy-Item -LiteralPath (Join-Path $RepoRoot "installer\$PortableMarker") `
        -Destination (Join-Path $portableDir $PortableMarker)
    Add-Type -AssemblyName System.IO.Compression
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    # Entry names with "/" (the ZIP standard; older .NET writes "\" without this switch,
    # and other unzip tools then make files named "a\b").
    [AppContext]::SetSwitch('Switch.System.IO.Compression.ZipFile.UseBackslash', $false)
    # includeBaseDirectory = $true: the zip holds the top folder pcmd-desktop-<version>\.
    [System.IO.Compression.ZipFile]::CreateFromDirectory($portableDir, $zip,
        [System.IO.Compression.CompressionLevel]::Optimal, $true)
    # Check what was written: the top folder, the marker and both programs.
    $archive = [System.IO.Compression.ZipFile]::OpenRead($zip)
    try {
        # Compared as written: a backslash name is a fault, not something to tidy away.
        $entries = @($archive.Entries | ForEach-Object { $_.FullName })
    }
    finally {
        $archive.Dispose()
    }
    foreach ($expected in @($PortableMarker, 'pcmd-desktop.exe', 'pcmd.exe')) {
        if ($entries -notcontains "$portableName/$expected") {
            throw "The portable zip lacks $portableName/$expected."
        }
    }
    Remove-IfExists $staging

    Write-Step 'Installer (Inno Setup)'
    $setup = Join-Path $Dist "pcmd-desktop-$Version-setup.exe"
    Remove-IfExists $setup
    Invoke-Native $IsccExe @("/DAppVersion=$Version", "/DSourceDir=$Bundle", "/DOutputDir=$Dist",
        "/DIconFile=$IconFile", $IssFile)
    if (-not (Test-Path -LiteralPath $setup -PathType Leaf)) {
        throw "ISCC finished but $setup is not there."
    }

    Write-Step 'Done'
    foreach ($artefact in @($Bundle, $zip, $setup)) {
        $item = Get-Item -LiteralPath $artefact
        if ($item.PSIsContainer) {
            Write-Host "  $($item.FullName)\  (the bundle)"
        }
        else {
            $sha256 = (Get-FileHash -LiteralPath $item.FullName -Algorithm SHA256).Hash.ToLowerInvariant()
            $mb = [math]::Round($item.Length / 1MB, 1)
            Write-Host "  $($item.FullName)  ($mb MB, SHA-256 $sha256)"
        }
    }
}
finally {
    $env:QT_QPA_PLATFORM = $savedQtPlatform
    $env:PYTHONUTF8 = $savedPythonUtf8
    Pop-Location
}
