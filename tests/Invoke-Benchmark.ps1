<#
.SYNOPSIS
    Measures Search-VicidialLead against the naive Invoke-RestMethod loop and raw HTTP, on 127.0.0.1.
.DESCRIPTION
    Starts the test server with a million leads, then measures, each in a fresh process:
    a naive per-number Invoke-RestMethod loop; raw HTTP (the same POST batches from a minimal C# client,
    no parsing); Import-Csv alone; Import-Csv | Search-VicidialLead at the default and other settings;
    the same with the phone column under another name ('Mobile Phone'), found by auto-detection;
    a million numbers streamed; Import-Module; -MaximumRequestsPerSecond at two caps, with the rate the server
    saw; Get-VicidialCallLog on -CallLogNumbers numbers (Measure-CallLog.ps1: requests sent, numbers/s); and
    changing leads: one status on many leads with Set-VicidialLead (batch_update_lead) against a per-lead
    update_lead Invoke-RestMethod loop, and per-lead values from a CSV against raw HTTP update_lead at the same
    concurrency, with the test server answering at once and again answering in -ChangeAnswerMs ms as a real server
    takes its time; and adding leads (Measure-AddLead.ps1: Add-VicidialLead against raw HTTP add_lead and a naive
    loop, client CPU per row, and -AddStreamRows rows streamed). Prints tables of figures and ratios; asserts nothing.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [string] $Configuration = 'Release',
    [int] $Leads = 1000000,
    [int] $Numbers = 100000,
    [int] $NaiveNumbers = 3000,
    [int] $StreamNumbers = 1000000,
    # Caps for the rate-limit runs; each run sends five seconds' worth of 50-number requests.
    [double[]] $RateCaps = @(20, 50),
    [int] $CallLogNumbers = 10000,
    # Changing leads: leads set to one status, leads changed by the naive per-lead loop, rows of per-lead values.
    [int] $ChangeLeads = 10000,
    [int] $NaiveChanges = 1000,
    [int] $CsvChanges = 10000,
    # Per-lead values again with the server holding each answer this long, as a real server takes its time; that many rows.
    [int] $ChangeAnswerMs = 2,
    [int] $SlowChanges = 2000,
    [int] $AddRows = 10000,
    [int] $AddStreamRows = 1000000,
    # Runs only the lead-change measurements.
    [switch] $OnlyChanges
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'VicidialTestServer.psm1') -Force
$work = Join-Path $PSScriptRoot "../out/bench"
New-Item -ItemType Directory -Force -Path $work | Out-Null
$rawClient = Join-Path $PSScriptRoot "VicidialLeads.Benchmarks/bin/$Configuration/net10.0/VicidialLeads.Benchmarks.dll"

# Leads: numbers 3000000000 + 7k for k below 9/10 of the lead count, so one number in nine has two leads.
# The searched numbers are half hits, half misses.
$leadsFile = Join-Path $work 'leads.tsv'
if (-not (Test-Path $leadsFile) -or (Get-Item $leadsFile).Length -lt $Leads * 20) {
    $writer = [System.IO.StreamWriter]::new($leadsFile)
    $writer.WriteLine("lead_id`tphone_number`tlist_id`tentry_list_id`tvendor_lead_code`tfirst_name`tlast_name`tstatus`ttable")
    $id = 100000
    for ($i = 0; $i -lt $Leads; $i++) {
        $phone = 3000000000 + 7 * [math]::Floor($i * 9 / 10)
        $writer.WriteLine("$id`t$phone`t$(301 + $i % 5)`t0`tB-$id`tFirst`tLast`tNEW`tvicidial_list")
        $id++
    }
    $writer.Dispose()
}
function New-NumbersFile([int] $Count, [string] $Column = 'phone_number') {
    $path = Join-Path $work "numbers-$Count$(if ($Column -ne 'phone_number') { '-' + ($Column -replace '\W', '') }).csv"
    if (-not (Test-Path $path)) {
        $writer = [System.IO.StreamWriter]::new($path)
        $writer.WriteLine("$Column,name")
        for ($i = 0; $i -lt $Count; $i++) {
            $phone = if ($i % 2) { 3000000000 + 7 * (($i * 7919) % [math]::Floor($Leads * 9 / 10)) } else { 4000000000 + $i }
            $writer.WriteLine("$phone,Caller $i")
        }
        $writer.Dispose()
    }
    $path
}
$numbersFile = New-NumbersFile $Numbers
$mobileFile = New-NumbersFile $Numbers 'Mobile Phone'
$naiveFile = New-NumbersFile $NaiveNumbers
$streamFile = New-NumbersFile $StreamNumbers

Write-Host "Starting the test server with $Leads leads..."
$server = Start-VicidialTestServer -Configuration $Configuration -LeadsFile $leadsFile -TimeoutSec 300
$api = $server.ApiUri
$rows = [System.Collections.Generic.List[object]]::new()

function Invoke-ChildFields([string] $Script) {
    # Runs a measurement in a fresh pwsh and returns the numbers it printed, separated by spaces.
    $out = & dotnet pwsh -NoProfile -NonInteractive -Command $Script
    if ($LASTEXITCODE -ne 0) { throw "benchmark step failed: $out" }
    # The comma keeps a one-number answer an array.
    , [double[]]("$out".Trim() -split '\s+')
}

function Invoke-Child([string] $Script) {
    # Each measurement runs in a fresh pwsh: the first run is what a one-shot script sees (code not yet compiled);
    # then the best of three more is the steady state. It prints "firstSeconds bestSeconds peakGrowthBytes".
    $fields = Invoke-ChildFields $Script
    [pscustomobject]@{ Seconds = $fields[0]; WarmSeconds = $fields[1]; PeakGrowthMB = [math]::Round($fields[2] / 1MB, 1) }
}

$connect = @"
Import-Module '$ModulePath'
`$credential = [pscredential]::new('6666', (ConvertTo-SecureString '1234' -AsPlainText -Force))
Connect-VicidialApi -Server '$api' -Credential `$credential -WarningAction SilentlyContinue
[GC]::Collect(); `$before = [Diagnostics.Process]::GetCurrentProcess().WorkingSet64
"@
$report = '; $p = [Diagnostics.Process]::GetCurrentProcess(); $p.Refresh(); "{0} {1} {2}" -f $t.TotalSeconds, $t2.TotalSeconds, ($p.PeakWorkingSet64 - $before)'

function Measure-PerRowChanges([string] $File, [int] $Runs, [int] $Rounds) {
    # Raw HTTP and the cmdlet measured alike: each round a fresh process runs the file $Runs times, the first cold (what
    # a one-shot script sees) and the best of the later ones in the steady state (the code compiled and optimized);
    # raw and cmdlet alternate so a busy moment of the machine hits both; the best of each counts.
    $result = [pscustomobject]@{
        RawCold = [System.Collections.Generic.List[double]]::new(); RawSteady = [System.Collections.Generic.List[double]]::new()
        CmdletCold = [System.Collections.Generic.List[double]]::new(); CmdletSteady = [System.Collections.Generic.List[double]]::new()
    }
    $steadyFrom = [math]::Max(1, $Runs - 3)
    foreach ($round in 1..$Rounds) {
        $raw = [double[]]("$(& dotnet $rawClient update $api $File 4 6666 1234 $Runs)".Trim() -split '\s+')
        $result.RawCold.Add($raw[1]); $result.RawSteady.Add(($raw[(1 + $steadyFrom)..$Runs] | Measure-Object -Minimum).Minimum)
        $csv = Invoke-ChildFields @"
$connect
(1..$Runs | ForEach-Object { (Measure-Command { Import-Csv '$File' | Set-VicidialLead -ThrottleLimit 4 }).TotalSeconds }) -join ' '
"@
        $result.CmdletCold.Add($csv[0]); $result.CmdletSteady.Add(($csv[$steadyFrom..($Runs - 1)] | Measure-Object -Minimum).Minimum)
    }
    $result
}

try {
    Write-Host 'changing leads...'
    $firstLead = 100000
    $changesFile = Join-Path $work "changes-$CsvChanges.csv"
    $writer = [System.IO.StreamWriter]::new($changesFile)
    $writer.WriteLine('lead_id,status,first_name')
    for ($i = 0; $i -lt $CsvChanges; $i++) { $writer.WriteLine("$($firstLead + $Leads - 1 - $i),CRM$($i % 7),Name$i") }
    $writer.Dispose()
    $naiveSet = Invoke-Child @"
[GC]::Collect(); `$before = [Diagnostics.Process]::GetCurrentProcess().WorkingSet64
`$t = Measure-Command { foreach (`$id in $firstLead..$($firstLead + $NaiveChanges - 1)) { `$null = Invoke-RestMethod -Method Post -Uri '$api' -Body @{ source = 'naive'; user = '6666'; pass = '1234'; function = 'update_lead'; status = 'NAIVE'; lead_id = `$id } } }; `$t2 = `$t$report
"@
    $oneStatus = Invoke-Child @"
$connect
`$ids = [long[]]($firstLead..$($firstLead + $ChangeLeads - 1))
`$t = Measure-Command { Set-VicidialLead -LeadId `$ids -Status BENCH0 }
`$t2 = 1..3 | ForEach-Object { `$status = "BENCH`$_"; Measure-Command { Set-VicidialLead -LeadId `$ids -Status `$status } } | Sort-Object TotalSeconds | Select-Object -First 1$report
"@
    $perRow = Measure-PerRowChanges $changesFile -Runs 5 -Rounds 3
    $rawCold = $perRow.RawCold; $rawSteady = $perRow.RawSteady; $csvCold = $perRow.CmdletCold; $csvSteady = $perRow.CmdletSteady
    $rawFirst = ($rawCold | Measure-Object -Minimum).Minimum
    $rawBest = ($rawSteady | Measure-Object -Minimum).Minimum
    $csvSet = [pscustomobject]@{ Seconds = ($csvCold | Measure-Object -Minimum).Minimum; WarmSeconds = ($csvSteady | Measure-Object -Minimum).Minimum }
    $rawSet = @($CsvChanges, $rawBest)
    $naiveSetRate = $NaiveChanges / $naiveSet.Seconds
    # Ratios to raw HTTP compare like with like: the warmed-up best of each.
    $rawSetRate = [double]$rawSet[0] / [double]$rawSet[1]
    $changes = @(
        [pscustomobject]@{ Run = "naive update_lead Invoke-RestMethod loop ($NaiveChanges leads, one status)"; Leads = $NaiveChanges; Seconds = $naiveSet.Seconds; Best = $null }
        [pscustomobject]@{ Run = "Set-VicidialLead -LeadId `$ids -Status (batch_update_lead, $ChangeLeads leads)"; Leads = $ChangeLeads; Seconds = $oneStatus.Seconds; Best = $oneStatus.WarmSeconds }
        [pscustomobject]@{ Run = 'raw HTTP update_lead per row of a CSV, 4 in flight'; Leads = [int]$rawSet[0]; Seconds = $rawFirst; Best = $rawBest }
        [pscustomobject]@{ Run = 'Import-Csv | Set-VicidialLead, per-row values (update_lead, 4 in flight)'; Leads = $CsvChanges; Seconds = $csvSet.Seconds; Best = $csvSet.WarmSeconds }
    ) | ForEach-Object {
        $rate = $_.Leads / $_.Seconds
        $bestRate = if ($_.Best) { $_.Leads / $_.Best } else { $null }
        [pscustomobject]@{
            Run              = $_.Run
            Leads            = $_.Leads
            'Seconds (1st)'  = [math]::Round($_.Seconds, 2)
            'Leads/s (1st)'  = [math]::Round($rate)
            'x naive (1st)'  = [math]::Round($rate / $naiveSetRate, 1)
            'x raw (1st)'    = [math]::Round($rate / ($rawSet[0] / $rawFirst), 2)
            'Seconds (best)' = if ($_.Best) { [math]::Round($_.Best, 2) } else { $null }
            'x naive (best)' = if ($bestRate) { [math]::Round($bestRate / $naiveSetRate, 1) } else { $null }
            'x raw (best)'   = if ($bestRate) { [math]::Round($bestRate / $rawSetRate, 2) } else { $null }
        }
    }
    Write-Host 'Changing leads (one status on many leads vs the naive loop; per-row values vs raw HTTP at the same concurrency):'
    $changes | Format-Table -AutoSize | Out-String -Width 220 | Write-Host

    # The same per-row comparison with a server that takes its time, as a real one does (PHP and MySQL: the captured
    # server answered a one-number request in 2-3 ms): then the requests in flight, not the client's processor, set the pace.
    Write-Host "changing leads, the server answering in $ChangeAnswerMs ms..."
    $slowFile = Join-Path $work "changes-$SlowChanges.csv"
    $writer = [System.IO.StreamWriter]::new($slowFile)
    $writer.WriteLine('lead_id,status,first_name')
    for ($i = 0; $i -lt $SlowChanges; $i++) { $writer.WriteLine("$($firstLead + $Leads - 1 - $i),SLOW$($i % 7),Slow$i") }
    $writer.Dispose()
    $null = Invoke-VicidialTestServerControl $server answertime -Query @{ ms = $ChangeAnswerMs }
    try {
        $slow = Measure-PerRowChanges $slowFile -Runs 3 -Rounds 2
    }
    finally {
        $null = Invoke-VicidialTestServerControl $server answertime -Query @{ ms = 0 }
    }
    $slowRaw = [pscustomobject]@{ Cold = ($slow.RawCold | Measure-Object -Minimum).Minimum; Best = ($slow.RawSteady | Measure-Object -Minimum).Minimum }
    $slowCmdlet = [pscustomobject]@{ Cold = ($slow.CmdletCold | Measure-Object -Minimum).Minimum; Best = ($slow.CmdletSteady | Measure-Object -Minimum).Minimum }
    # What a request took in all, as raw HTTP saw it: the timers of this machine make a short hold last longer than asked.
    $requestMs = 4 * $slowRaw.Best / $SlowChanges * 1000
    Write-Host ("Per-row values with the server holding each answer {0} ms ({1:0.0} ms a request in all, 4 in flight):" -f $ChangeAnswerMs, $requestMs)
    @(
        [pscustomobject]@{ Run = "raw HTTP update_lead per row, 4 in flight"; Timing = $slowRaw }
        [pscustomobject]@{ Run = "Import-Csv | Set-VicidialLead, per-row values, 4 in flight"; Timing = $slowCmdlet }
    ) | ForEach-Object {
        [pscustomobject]@{
            Run              = $_.Run
            Leads            = $SlowChanges
            'Seconds (1st)'  = [math]::Round($_.Timing.Cold, 2)
            'Leads/s (1st)'  = [math]::Round($SlowChanges / $_.Timing.Cold)
            'x raw (1st)'    = [math]::Round($slowRaw.Cold / $_.Timing.Cold, 2)
            'Seconds (best)' = [math]::Round($_.Timing.Best, 2)
            'x raw (best)'   = [math]::Round($slowRaw.Best / $_.Timing.Best, 2)
        }
    } | Format-Table -AutoSize | Out-String -Width 220 | Write-Host
    if ($OnlyChanges) { return }

    Write-Host 'naive loop...'
    $naive = Invoke-Child @"
[GC]::Collect(); `$before = [Diagnostics.Process]::GetCurrentProcess().WorkingSet64
`$numbers = (Import-Csv '$naiveFile').phone_number
`$t = Measure-Command { foreach (`$n in `$numbers) { `$null = Invoke-RestMethod -Method Post -Uri '$api' -Body @{ source = 'naive'; user = '6666'; pass = '1234'; function = 'lead_search'; phone_number = `$n } } }; `$t2 = `$t$report
"@
    $naiveRate = $NaiveNumbers / $naive.Seconds
    $rows.Add([pscustomobject]@{ Run = "naive Invoke-RestMethod loop ($NaiveNumbers numbers)"; Numbers = $NaiveNumbers; Seconds = $naive.Seconds; WarmSeconds = $naive.WarmSeconds; PeakGrowthMB = $naive.PeakGrowthMB })

    Write-Host 'raw HTTP...'
    foreach ($setting in @(@(500, 4), @(250, 4), @(500, 8))) {
        $raw = & dotnet $rawClient $api $numbersFile $setting[0] $setting[1] 6666 1234
        $fields = "$raw".Trim() -split '\s+'
        $rows.Add([pscustomobject]@{ Run = "raw HTTP, batch $($setting[0]), $($setting[1]) in flight"; Numbers = [int]$fields[0]; Seconds = [double]$fields[1]; WarmSeconds = [double]$fields[2]; PeakGrowthMB = $null })
    }
    $rawDefault = $rows | Where-Object Run -Like 'raw HTTP, batch 500, 4*' | Select-Object -First 1

    Write-Host 'Import-Csv alone...'
    $csvOnly = Invoke-Child @"
[GC]::Collect(); `$before = [Diagnostics.Process]::GetCurrentProcess().WorkingSet64
`$t = Measure-Command { Import-Csv '$numbersFile' | Out-Null }; `$t2 = 1..3 | ForEach-Object { Measure-Command { Import-Csv '$numbersFile' | Out-Null } } | Sort-Object TotalSeconds | Select-Object -First 1$report
"@
    $rows.Add([pscustomobject]@{ Run = 'Import-Csv alone (no search)'; Numbers = $Numbers; Seconds = $csvOnly.Seconds; WarmSeconds = $csvOnly.WarmSeconds; PeakGrowthMB = $csvOnly.PeakGrowthMB })

    foreach ($setting in @(@(500, 4), @(100, 4), @(250, 4), @(250, 8), @(500, 8), @(1000, 8))) {
        Write-Host "module, batch $($setting[0]), throttle $($setting[1])..."
        $m = Invoke-Child @"
$connect
`$t = Measure-Command { Import-Csv '$numbersFile' | Search-VicidialLead -BatchSize $($setting[0]) -ThrottleLimit $($setting[1]) | Out-Null }
`$t2 = 1..3 | ForEach-Object { Measure-Command { Import-Csv '$numbersFile' | Search-VicidialLead -BatchSize $($setting[0]) -ThrottleLimit $($setting[1]) | Out-Null } } | Sort-Object TotalSeconds | Select-Object -First 1$report
"@
        $label = if ($setting[0] -eq 500 -and $setting[1] -eq 4) { ' (default)' } else { '' }
        $rows.Add([pscustomobject]@{ Run = "Import-Csv | Search-VicidialLead, batch $($setting[0]), throttle $($setting[1])$label"; Numbers = $Numbers; Seconds = $m.Seconds; WarmSeconds = $m.WarmSeconds; PeakGrowthMB = $m.PeakGrowthMB })
    }

    Write-Host 'module, column found by auto-detection...'
    $auto = Invoke-Child @"
$connect
`$t = Measure-Command { Import-Csv '$mobileFile' | Search-VicidialLead | Out-Null }
`$t2 = 1..3 | ForEach-Object { Measure-Command { Import-Csv '$mobileFile' | Search-VicidialLead | Out-Null } } | Sort-Object TotalSeconds | Select-Object -First 1$report
"@
    $rows.Add([pscustomobject]@{ Run = "Import-Csv | Search-VicidialLead, column 'Mobile Phone' auto-detected (default)"; Numbers = $Numbers; Seconds = $auto.Seconds; WarmSeconds = $auto.WarmSeconds; PeakGrowthMB = $auto.PeakGrowthMB })

    Write-Host 'module, array input...'
    $array = Invoke-Child @"
$connect
`$numbers = (Import-Csv '$numbersFile').phone_number
`$t = Measure-Command { Search-VicidialLead -PhoneNumber `$numbers | Out-Null }; `$t2 = 1..3 | ForEach-Object { Measure-Command { Search-VicidialLead -PhoneNumber `$numbers | Out-Null } } | Sort-Object TotalSeconds | Select-Object -First 1$report
"@
    $rows.Add([pscustomobject]@{ Run = 'Search-VicidialLead -PhoneNumber $array (default)'; Numbers = $Numbers; Seconds = $array.Seconds; WarmSeconds = $array.WarmSeconds; PeakGrowthMB = $array.PeakGrowthMB })

    Write-Host "module, $StreamNumbers numbers streamed..."
    $stream = Invoke-Child @"
$connect
`$t = Measure-Command { Import-Csv '$streamFile' | Search-VicidialLead | Out-Null }; `$t2 = `$t$report
"@
    $rows.Add([pscustomobject]@{ Run = "Import-Csv | Search-VicidialLead, $StreamNumbers numbers (default)"; Numbers = $StreamNumbers; Seconds = $stream.Seconds; WarmSeconds = $null; PeakGrowthMB = $stream.PeakGrowthMB })

    Write-Host 'rate limit...'
    $rates = foreach ($cap in $RateCaps) {
        $requests = [int](5 * $cap)
        Invoke-VicidialTestServerControl $server reset | Out-Null
        $seconds = (Invoke-ChildFields @"
$connect
`$numbers = (Import-Csv '$streamFile' | Select-Object -First $($requests * 50)).phone_number
`$t = Measure-Command { Search-VicidialLead -PhoneNumber `$numbers -BatchSize 50 -ThrottleLimit 8 -MaximumRequestsPerSecond $cap | Out-Null }
`$t.TotalSeconds
"@)[0]
        # The rate the server saw: requests after the first, over the time from the first to the last.
        $stats = Invoke-VicidialTestServerControl $server stats -Method Get -Query @{ recent = 10000 }
        $times = @($stats.recentRequests | Where-Object { $_.function -eq 'lead_search' -and $_.phoneEntryCount -gt 0 } |
            ForEach-Object { [DateTimeOffset]$_.timestamp } | Sort-Object)
        $span = ($times[-1] - $times[0]).TotalSeconds
        $achieved = ($times.Count - 1) / $span
        [pscustomobject]@{
            'Cap (req/s)'        = $cap
            Requests             = $times.Count
            'Seconds (command)'  = [math]::Round($seconds, 2)
            'Achieved (req/s)'   = [math]::Round($achieved, 2)
            'Off the cap'        = '{0:+0.0;-0.0}%' -f (100 * ($achieved - $cap) / $cap)
        }
    }

    Write-Host "call logs of $CallLogNumbers numbers..."
    $callLog = & (Join-Path $PSScriptRoot 'Measure-CallLog.ps1') -ModulePath $ModulePath -Configuration $Configuration -Numbers $CallLogNumbers -Server $server

    Write-Host "adding leads ($AddRows rows against raw HTTP, $AddStreamRows streamed)..."
    $adds = & (Join-Path $PSScriptRoot 'Measure-AddLead.ps1') -ModulePath $ModulePath -Configuration $Configuration -Rows $AddRows -StreamRows $AddStreamRows -Server $server

    Write-Host 'Import-Module...'
    $imports = 1..3 | ForEach-Object { [double](& dotnet pwsh -NoProfile -NonInteractive -Command "(Measure-Command { Import-Module '$ModulePath' }).TotalMilliseconds") }
}
finally {
    Stop-VicidialTestServer $server
}

$rawRate = $rawDefault.Numbers / $rawDefault.Seconds
$rawWarmRate = $rawDefault.Numbers / $rawDefault.WarmSeconds
$table = foreach ($row in $rows) {
    $rate = $row.Numbers / $row.Seconds
    $warmRate = if ($row.WarmSeconds) { $row.Numbers / $row.WarmSeconds } else { $null }
    [pscustomobject]@{
        Run                = $row.Run
        Numbers            = $row.Numbers
        'Seconds (1st)'    = [math]::Round($row.Seconds, 2)
        'Numbers/s (1st)'  = [math]::Round($rate)
        'x naive'          = [math]::Round($rate / $naiveRate, 1)
        'x raw (1st)'      = [math]::Round($rate / $rawRate, 2)
        'Seconds (best)'    = if ($row.WarmSeconds) { [math]::Round($row.WarmSeconds, 2) } else { $null }
        'x raw (best)'      = if ($warmRate) { [math]::Round($warmRate / $rawWarmRate, 2) } else { $null }
        'Peak WS +MB'      = $row.PeakGrowthMB
    }
}
$table | Format-Table -AutoSize | Out-String -Width 200 | Write-Host
Write-Host 'Rate limit (Search-VicidialLead -MaximumRequestsPerSecond, 8 in flight, 50 numbers per request):'
$rates | Format-Table -AutoSize | Out-String -Width 200 | Write-Host
Write-Host 'Call logs (Get-VicidialCallLog; every other number has 3 calls):'
$callLog | Format-Table -AutoSize | Out-String -Width 200 | Write-Host
Write-Host 'Adding leads (Add-VicidialLead vs raw HTTP add_lead at the same concurrency and a naive loop; new numbers each run):'
$adds | Format-Table -AutoSize | Out-String -Width 250 | Write-Host
Write-Host ("Import-Module: {0:N0} ms (best of 3; runs {1})" -f ($imports | Measure-Object -Minimum).Minimum, (($imports | ForEach-Object { '{0:N0}' -f $_ }) -join ', '))
Write-Host "Machine: $([Environment]::ProcessorCount) cores; server and client share it, on 127.0.0.1."
