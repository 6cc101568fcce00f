<#
.SYNOPSIS
    Writes the module's MAML help (VicidialLeads.dll-Help.xml) from the editable help sources.
.DESCRIPTION
    Each cmdlet has a source file en-US/<Cmdlet>.help.psd1 with its synopsis, description, parameter
    descriptions and defaults, inputs, outputs, notes, examples and links. Everything the code already
    knows (parameter types, positions, pipeline input, aliases, parameter sets) is read from the built
    module, so help and code cannot disagree on it.
#>
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $SourcePath,
    [Parameter(Mandatory)] [string] $OutputPath
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

$module = Import-Module $ModulePath -PassThru -Force
$common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters

$settings = [System.Xml.XmlWriterSettings]@{ Indent = $true; Encoding = [System.Text.UTF8Encoding]::new($false) }
$writer = [System.Xml.XmlWriter]::Create($OutputPath, $settings)
$ns = @{
    msh     = 'http://msh'
    maml    = 'http://schemas.microsoft.com/maml/2004/10'
    command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
    dev     = 'http://schemas.microsoft.com/maml/dev/2004/10'
}

function Write-Paragraphs([string] $Prefix, [string] $Name, [string] $Text) {
    $writer.WriteStartElement($Prefix, $Name, $ns[$Prefix])
    foreach ($paragraph in ($Text.Trim() -split '\r?\n\s*\r?\n')) {
        $writer.WriteElementString('maml', 'para', $ns.maml, ($paragraph -replace '\s*\r?\n\s*', ' ').Trim())
    }
    $writer.WriteEndElement()
}

function Get-ParameterSource($Source, [string] $Name) {
    $entry = $Source.Parameters[$Name]
    if ($null -eq $entry) { throw "$($Source.Name): the help source has no text for -$Name." }
    if ($entry -is [string]) { return @{ Description = $entry; Default = 'None' } }
    @{ Description = $entry.Description; Default = if ($entry.Contains('Default')) { $entry.Default } else { 'None' } }
}

function Get-TypeName([type] $Type) {
    if ($Type -eq [System.Management.Automation.SwitchParameter]) { return 'SwitchParameter' }
    if ($Type.IsArray) { return "$($Type.GetElementType().Name)[]" }
    $Type.Name
}

function Write-Parameter($Source, [System.Management.Automation.ParameterMetadata] $Parameter, $Attribute) {
    $help = Get-ParameterSource $Source $Parameter.Name
    $pipeline = @()
    if ($Attribute.ValueFromPipeline) { $pipeline += 'ByValue' }
    if ($Attribute.ValueFromPipelineByPropertyName) { $pipeline += 'ByPropertyName' }
    $writer.WriteStartElement('command', 'parameter', $ns.command)
    $writer.WriteAttributeString('required', "$($Attribute.Mandatory)".ToLowerInvariant())
    $writer.WriteAttributeString('variableLength', "$($Parameter.ParameterType.IsArray)".ToLowerInvariant())
    $writer.WriteAttributeString('globbing', 'false')
    $writer.WriteAttributeString('pipelineInput', $(if ($pipeline) { "True ($($pipeline -join ', '))" } else { 'False' }))
    $writer.WriteAttributeString('position', $(if ($Attribute.Position -ge 0) { "$($Attribute.Position)" } else { 'named' }))
    $writer.WriteAttributeString('aliases', $(if ($Parameter.Aliases.Count) { $Parameter.Aliases -join ', ' } else { 'none' }))
    $writer.WriteElementString('maml', 'name', $ns.maml, $Parameter.Name)
    Write-Paragraphs maml description $help.Description
    $typeName = Get-TypeName $Parameter.ParameterType
    if (-not $Parameter.SwitchParameter) {
        $writer.WriteStartElement('command', 'parameterValue', $ns.command)
        $writer.WriteAttributeString('required', 'true')
        $writer.WriteAttributeString('variableLength', "$($Parameter.ParameterType.IsArray)".ToLowerInvariant())
        $writer.WriteString($typeName)
        $writer.WriteEndElement()
    }
    $writer.WriteStartElement('dev', 'type', $ns.dev)
    $writer.WriteElementString('maml', 'name', $ns.maml, $typeName)
    $writer.WriteEndElement()
    $writer.WriteElementString('dev', 'defaultValue', $ns.dev, [string]$help.Default)
    $writer.WriteEndElement()
}

function Write-TypeList([string] $ListName, [string] $ItemName, $Items) {
    $writer.WriteStartElement('command', $ListName, $ns.command)
    foreach ($item in $Items) {
        $writer.WriteStartElement('command', $ItemName, $ns.command)
        $writer.WriteStartElement('dev', 'type', $ns.dev)
        $writer.WriteElementString('maml', 'name', $ns.maml, $item.Type)
        $writer.WriteEndElement()
        Write-Paragraphs maml description $item.Description
        $writer.WriteEndElement()
    }
    $writer.WriteEndElement()
}

$writer.WriteStartDocument()
$writer.WriteStartElement('helpItems', $ns.msh)
$writer.WriteAttributeString('schema', 'maml')
foreach ($cmdlet in $module.ExportedCmdlets.Values | Sort-Object Name) {
    $sourceFile = Join-Path $SourcePath "$($cmdlet.Name).help.psd1"
    if (-not (Test-Path $sourceFile)) { throw "There is no help source $sourceFile for $($cmdlet.Name)." }
    $source = Import-PowerShellDataFile $sourceFile
    $source.Name = $cmdlet.Name

    $writer.WriteStartElement('command', 'command', $ns.command)
    $writer.WriteAttributeString('xmlns', 'maml', $null, $ns.maml)
    $writer.WriteAttributeString('xmlns', 'dev', $null, $ns.dev)

    $writer.WriteStartElement('command', 'details', $ns.command)
    $writer.WriteElementString('command', 'name', $ns.command, $cmdlet.Name)
    $writer.WriteElementString('command', 'verb', $ns.command, $cmdlet.Verb)
    $writer.WriteElementString('command', 'noun', $ns.command, $cmdlet.Noun)
    Write-Paragraphs maml description $source.Synopsis
    $writer.WriteEndElement()
    Write-Paragraphs maml description $source.Description

    $parameters = $cmdlet.Parameters.Values | Where-Object { $_.Name -notin $common }
    $writer.WriteStartElement('command', 'syntax', $ns.command)
    foreach ($set in $cmdlet.ParameterSets) {
        $writer.WriteStartElement('command', 'syntaxItem', $ns.command)
        $writer.WriteElementString('maml', 'name', $ns.maml, $cmdlet.Name)
        foreach ($parameter in $set.Parameters | Where-Object { $_.Name -notin $common }) {
            $attribute = [pscustomobject]@{
                Mandatory = $parameter.IsMandatory; Position = $parameter.Position
                ValueFromPipeline = $parameter.ValueFromPipeline; ValueFromPipelineByPropertyName = $parameter.ValueFromPipelineByPropertyName
            }
            Write-Parameter $source $cmdlet.Parameters[$parameter.Name] $attribute
        }
        $writer.WriteEndElement()
    }
    $writer.WriteEndElement()

    $writer.WriteStartElement('command', 'parameters', $ns.command)
    foreach ($parameter in $parameters) {
        $attribute = $parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ParameterAttribute] } | Select-Object -First 1
        Write-Parameter $source $parameter $attribute
    }
    $writer.WriteEndElement()

    Write-TypeList inputTypes inputType $source.Inputs
    Write-TypeList returnValues returnValue $source.Outputs

    if ($source.Contains('Notes')) {
        $writer.WriteStartElement('maml', 'alertSet', $ns.maml)
        $writer.WriteStartElement('maml', 'alert', $ns.maml)
        foreach ($paragraph in ($source.Notes.Trim() -split '\r?\n\s*\r?\n')) {
            $writer.WriteElementString('maml', 'para', $ns.maml, ($paragraph -replace '\s*\r?\n\s*', ' ').Trim())
        }
        $writer.WriteEndElement()
        $writer.WriteEndElement()
    }

    $writer.WriteStartElement('command', 'examples', $ns.command)
    $number = 0
    foreach ($example in $source.Examples) {
        $number++
        $writer.WriteStartElement('command', 'example', $ns.command)
        $writer.WriteElementString('maml', 'title', $ns.maml, "-------------------------- Example $($number): $($example.Title) --------------------------")
        $writer.WriteElementString('dev', 'code', $ns.dev, $example.Code.Trim())
        $writer.WriteStartElement('dev', 'remarks', $ns.dev)
        foreach ($paragraph in ($example.Remarks.Trim() -split '\r?\n\s*\r?\n')) {
            $writer.WriteElementString('maml', 'para', $ns.maml, ($paragraph -replace '\s*\r?\n\s*', ' ').Trim())
        }
        $writer.WriteEndElement()
        $writer.WriteEndElement()
    }
    $writer.WriteEndElement()

    $writer.WriteStartElement('command', 'relatedLinks', $ns.command)
    foreach ($link in $source.Links) {
        $writer.WriteStartElement('maml', 'navigationLink', $ns.maml)
        $writer.WriteElementString('maml', 'linkText', $ns.maml, $link)
        $writer.WriteElementString('maml', 'uri', $ns.maml, '')
        $writer.WriteEndElement()
    }
    $writer.WriteEndElement()

    $writer.WriteEndElement()
}
$writer.WriteEndElement()
$writer.WriteEndDocument()
$writer.Dispose()
Write-Host "Help written to $OutputPath"
