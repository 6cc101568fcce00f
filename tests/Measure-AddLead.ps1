<#
.SYNOPSIS
    Measures Add-VicidialLead against raw HTTP add_lead and a naive Invoke-RestMethod loop, on 127.0.0.1.
.DESCRIPTION
    Loads -Rows rows of a CSV (phone_number, first_name, last_name) into list 101 of the test server:
    raw HTTP (the same add_lead POSTs from a minimal C# client, 4 in flight) and `Import-Csv | Add-VicidialLead`
    (default -ThrottleLimit 4) each load six files in one process, and the first (cold) run and the best of the last
    three (the steady state, the code compiled and optimized) of each are reported, with the client CPU per row of the cmdlet; a naive per-row Invoke-RestMethod loop runs on -NaiveRows rows;
    and -StreamRows rows are streamed through Add-VicidialLead once, reporting the peak working-set growth.
    Every run adds new leads (new numbers each time). Invoke-Benchmark.ps1 runs it on its own server; alone it starts
    a server of its own. Asserts nothing.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [string] $Configuration = 'Release',
    [int] $Rows = 10000,
    [int] $NaiveRows = 1000,
    [int] $StreamRows = 1000000,
    # A test server that is already running (from Start-VicidialTestServer); one is started when omitted.
    $Server
)
$ErrorActionPreference = 'Stop'
$ModulePath = (Resolve-Path $ModulePath).Path
Import-Module (Join-Path $PSScriptRoot 'VicidialTestServer.psm1') -Force
$rawClient = Join-Path $PSScriptRoot "VicidialLeads.Benchmarks/bin/$Configuration/net10.0/VicidialLeads.Benchmarks.dll"
$work = Join-Path ([IO.Path]::GetTempPath()) 'vicidial-bench-add'
$null = New-Item -ItemType Directory -Force $work

# Every file has numbers of its own (62…–63… for the measured runs, 64… naive, 65… streamed), so no run adds a number another added.
function New-RowsFile([string] $Name, [int] $Count, [long] $First) {
    $path = Join-Path $work "$Name.csv"
    $writer = [System.IO.StreamWriter]::new($path)
    $writer.WriteLine('phone_number,first_name,last_name')
    for ($i = 0; $i -lt $Count; $i++) { $writer.WriteLine("$($First + $i),Ada$($i % 97),Lovelace") }
    $writer.Dispose()
    $path
}

function Invoke-Child([string] $Script) {
    $out = & dotnet pwsh -NoProfile -NonInteractive -Command $Script
    if ($LASTEXITCODE -ne 0) { throw "add benchmark step failed: $out" }
    # The comma keeps a one-field answer an array (a lone string would be indexed by character).
    , ("$out".Trim() -split '\s+')
}

$own = -not $Server
if ($own) { $Server = Start-VicidialTestServer -Configuration $Configuration }
try {
    $api = $Server.ApiUri
    $connect = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$ModulePath'
`$credential = [pscredential]::new('6666', (ConvertTo-SecureString '1234' -AsPlainText -Force))
Connect-VicidialApi -Server '$api' -Credential `$credential -WarningAction SilentlyContinue
[GC]::Collect(); `$p = [Diagnostics.Process]::GetCurrentProcess(); `$before = `$p.WorkingSet64; `$cpu = `$p.TotalProcessorTime
"@
    # Each side loads six files in one process: the first cold, the best of the last three in the steady state.
    $rawFiles = 0..5 | ForEach-Object { New-RowsFile "raw-$_" $Rows (6200000000 + 20000000 * $_) }
    $cmdletFiles = 0..5 | ForEach-Object { New-RowsFile "cmdlet-$_" $Rows (6210000000 + 20000000 * $_) }
    $raw = [double[]]("$(& dotnet $rawClient add $api ($rawFiles -join ',') 4 6666 1234 101)".Trim() -split '\s+' | Select-Object -Skip 1)
    $runs = foreach ($file in $cmdletFiles) {
        "`$p.Refresh(); `$cpu = `$p.TotalProcessorTime; `$t = Measure-Command { Import-Csv '$file' | Add-VicidialLead -ListId 101 | Out-Null }; `$p.Refresh(); `$out += '{0} {1} ' -f `$t.TotalSeconds, (`$p.TotalProcessorTime - `$cpu).TotalMilliseconds"
    }
    $fields = Invoke-Child ("$connect`n`$out = ''`n" + ($runs -join "`n") + "`n`$out")
    $cmdlet = [double[]](0..5 | ForEach-Object { $fields[2 * $_] })
    $cpuPerRow = [double[]](0..5 | ForEach-Object { [double]$fields[2 * $_ + 1] / $Rows })

    $naiveFile = New-RowsFile 'naive' $NaiveRows 6400000000
    $fields = Invoke-Child @"
`$rows = Import-Csv '$naiveFile'
`$t = Measure-Command { foreach (`$r in `$rows) { `$null = Invoke-RestMethod -Method Post -Uri '$api' -Body @{ source = 'naive'; user = '6666'; pass = '1234'; function = 'add_lead'; phone_number = `$r.phone_number; first_name = `$r.first_name; last_name = `$r.last_name; list_id = '101' } } }
'{0}' -f `$t.TotalSeconds
"@
    $naiveRate = $NaiveRows / [double]$fields[0]

    $streamFile = New-RowsFile 'stream' $StreamRows 6500000000
    $fields = Invoke-Child @"
$connect
`$t = Measure-Command { Import-Csv '$streamFile' | Add-VicidialLead -ListId 101 | Out-Null }
`$p.Refresh(); '{0} {1}' -f `$t.TotalSeconds, (`$p.PeakWorkingSet64 - `$before)
"@
    $streamSeconds = [double]$fields[0]
    $streamGrowthMB = [math]::Round([double]$fields[1] / 1MB, 1)

    $rawFirst = $Rows / $raw[0]; $rawBest = $Rows / ($raw[3..5] | Measure-Object -Minimum).Minimum
    $first = $Rows / $cmdlet[0]; $best = $Rows / ($cmdlet[3..5] | Measure-Object -Minimum).Minimum
    @(
        [pscustomobject]@{ Run = "naive add_lead Invoke-RestMethod loop ($NaiveRows rows)"; Rows = $NaiveRows; 'Rows/s' = [math]::Round($naiveRate); Seconds = [math]::Round($NaiveRows / $naiveRate, 2); Note = '' }
        [pscustomobject]@{ Run = "raw HTTP add_lead, 4 in flight ($Rows rows, cold / best of the steady runs)"; Rows = $Rows; 'Rows/s' = [math]::Round($rawBest); Seconds = [math]::Round($raw[0], 2); Note = "best of the steady runs $([math]::Round(($raw[3..5] | Measure-Object -Minimum).Minimum, 2)) s" }
        [pscustomobject]@{ Run = "Import-Csv | Add-VicidialLead -ListId 101 ($Rows rows, cold / best of the steady runs)"; Rows = $Rows; 'Rows/s' = [math]::Round($best); Seconds = [math]::Round($cmdlet[0], 2)
            Note = "best of the steady runs $([math]::Round(($cmdlet[3..5] | Measure-Object -Minimum).Minimum, 2)) s; x raw $([math]::Round($first / $rawFirst, 2)) cold, $([math]::Round($best / $rawBest, 2)) steady; x naive $([math]::Round($best / $naiveRate, 1)); client CPU $([math]::Round(($cpuPerRow[3..5] | Measure-Object -Minimum).Minimum, 3)) ms/row steady, $([math]::Round($cpuPerRow[0], 3)) cold" }
        [pscustomobject]@{ Run = "Import-Csv | Add-VicidialLead, $StreamRows rows streamed"; Rows = $StreamRows; 'Rows/s' = [math]::Round($StreamRows / $streamSeconds); Seconds = [math]::Round($streamSeconds, 2); Note = "peak working set +$streamGrowthMB MB" }
    )
}
finally {
    if ($own) { Stop-VicidialTestServer $Server }
}
