using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Threading;
using VicidialLeads.Functions.AddLead;
using VicidialLeads.Functions.ListCustomFields;
using VicidialLeads.Input;
using VicidialLeads.Pipeline;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// Loads leads with add_lead from values or CSV rows of any shape: the phone column found as Search-VicidialLead
    /// finds it, other columns bound to lead fields by name, the list's custom fields sent as such, and every column that
    /// matches nothing named once. One result per row in input order (Added, Duplicate, InDnc), or an error naming the
    /// row; a row whose answer was lost is looked for before anything is sent again, so no row is added twice.
    /// </summary>
    [Cmdlet(VerbsCommon.Add, "VicidialLead", DefaultParameterSetName = InputObjectSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(LeadAddResult))]
    public sealed class AddVicidialLeadCommand : PhoneNumberCommand
    {
        /// <summary>add_lead waits for the list's new-lead webhook, up to 60 s, before it answers (82).</summary>
        private static readonly TimeSpan WebhookAllowance = TimeSpan.FromSeconds(75);

        private CommandRun<AddLeadOutcome>? _run;
        private PipelineInputReader? _reader;
        private AddLeadExecutor? _executor;
        private AddLeadReport? _report;
        private LeadRowValues? _rowValues;
        private List<KeyValuePair<LeadField, string>> _given = new List<KeyValuePair<LeadField, string>>();
        private List<KeyValuePair<string, string>> _givenCustom = new List<KeyValuePair<string, string>>();
        private CustomFieldLabels? _labels;
        private readonly List<string> _otherPhoneColumns = new List<string>();
        private Func<string>? _customHint;
        private long _submitted;

        /// <summary>The list to load into; a row's list_id column is used when this is not given.</summary>
        [Parameter]
        [Alias("list_id")]
        [ValidatePattern(@"^\d{3,14}$")]
        public string? ListId { get; set; }

        /// <summary>Values for every row, by field name in any spelling a column may have (@{source_id='CRM'; 'First Name'='Ada'}).</summary>
        [Parameter]
        public Hashtable? Value { get; set; }

        /// <summary>Custom field values for every row (custom_fields=Y), stored as given, UTF-8 included.</summary>
        [Parameter]
        public Hashtable? CustomField { get; set; }

        /// <summary>Columns to send as custom fields when the list's custom fields cannot be read (the user lacks modify_lists).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? CustomFieldColumn { get; set; }

        /// <summary>The server's duplicate checks (duplicate_check): a duplicate is a result naming the existing lead, not an error.</summary>
        [Parameter]
        [ValidateSet("DUPLIST", "DUPCAMP", "DUPSYS", "DUPPHONEALTLIST", "DUPPHONEALTCAMP", "DUPPHONEALTSYS", "DUPTITLEALTPHONELIST",
            "DUPTITLEALTPHONECAMP", "DUPTITLEALTPHONESYS", "DUPNAMEPHONELIST", "DUPNAMEPHONECAMP", "DUPNAMEPHONESYS")]
        public string[]? DuplicateCheck { get; set; }

        /// <summary>The do-not-call lists to check: System, SystemAreaCode, Campaign, CampaignAreaCode (the campaign ones need -CampaignId).</summary>
        [Parameter]
        [ValidateSet("System", "SystemAreaCode", "Campaign", "CampaignAreaCode")]
        public string[]? DncCheck { get; set; }

        /// <summary>The campaign whose DNC list -DncCheck Campaign asks about.</summary>
        [Parameter]
        [Alias("campaign_id")]
        [ValidatePattern(@"^[A-Za-z0-9_-]{1,8}$")]
        public string? CampaignId { get; set; }

        /// <summary>Adds to a list the server does not know (it does so without a word unless asked: 55h); by default the list must exist.</summary>
        [Parameter]
        public SwitchParameter SkipListCheck { get; set; }

        /// <summary>Sends values the server would store differently (stripped, cut or replaced characters), with a warning each.</summary>
        [Parameter]
        public SwitchParameter AllowCleanedValues { get; set; }

        /// <summary>Writes each input row with AddStatus, LeadId, ListId and AddMessage columns: a report of the load for Export-Csv.</summary>
        [Parameter]
        public SwitchParameter AppendResult { get; set; }

        /// <summary>Seconds one add_lead may take; by default the session's time-out, and at least 75 (the server waits up to 60 for its webhook).</summary>
        [Parameter]
        [ValidateRange(1, 3600)]
        public int TimeoutSec { get; set; }

        protected override void BeginProcessing()
        {
            RequirePhoneCode(PhoneCode);
            string? dncProblem = DncCheck != null && DncCheck.Any(check => check.StartsWith("Campaign", StringComparison.Ordinal)) && CampaignId is null
                ? "-DncCheck Campaign needs -CampaignId: without it the server checks no campaign's list and adds the number (54c)." : null;
            if (dncProblem != null)
                ThrowTerminatingError(ErrorRecords.InvalidInput("CampaignIdMissing", dncProblem, DncCheck, "Name the campaign with -CampaignId, or check only the system list."));
            _given = GivenValues();
            _givenCustom = LeadRowValues.CustomValues(CustomField);

            _run = StartRun<AddLeadOutcome>("Adding VICIdial leads", "row", ParameterSetName == PhoneNumberSet ? PhoneNumber?.Length : null, WriteOutcome);
            var options = new AddLeadOptions(DuplicateCheck is null ? string.Empty : string.Join("-", DuplicateCheck.Distinct()),
                Dnc("System"), Dnc("Campaign"), CampaignId?.ToUpperInvariant(), !SkipListCheck, ListId != null);
            TimeSpan session = _run.Runner.Client.Options.Timeout;
            TimeSpan timeout = TimeoutSec > 0 ? TimeSpan.FromSeconds(TimeoutSec) : session > WebhookAllowance ? session : WebhookAllowance;
            _executor = new AddLeadExecutor(_run.Runner, options, timeout);
            _report = new AddLeadReport(this, AppendResult);
            _reader = new PipelineInputReader(InputKind.PhoneNumber, phoneNumbers: true, PhoneProperty, PhoneCode, archived: false, "added", WriteVerbose, vendorLeadCodes: false);
            // A report of an earlier load (-AppendResult) can be loaded again: its own columns are not the lead's.
            var reportColumns = new HashSet<string>(new[] { AppendedAddResult.Status, AppendedAddResult.LeadId, AppendedAddResult.Message, "lead_id", "LeadIds", "Archived" },
                StringComparer.OrdinalIgnoreCase);
            _rowValues = new LeadRowValues(field => field.AddLeadTakes, CustomLabel, reportColumns.Contains);
            _customHint = CustomHint;
        }

        protected override void ProcessRecord() => ReadPhoneNumbers(_run!, _reader!, Submit);

        protected override void EndProcessing()
        {
            _run!.WriteRemaining();
            WriteVerbose(_report!.Summary(_run.Progress.Errors));
        }

        /// <summary>Reads one row into the lead to add, checks it, asks ShouldProcess and sends it; a refused row keeps its place.</summary>
        private void Submit(InputValue phone)
        {
            if (phone.Part > 1)
            {
                if (phone.Column != null && !_otherPhoneColumns.Contains(phone.Column))
                {
                    _otherPhoneColumns.Add(phone.Column);
                    WriteWarning($"Rows have more than one phone column: '{phone.Column}' is not loaded (a lead has one phone_number). Name the column to load with -PhoneProperty, and put a second number in a column named alt_phone.");
                }
                return;
            }
            // The row's place in the input, blank rows counted, so that Select-Object -Skip resumes a stopped load.
            long row = ++_submitted + _reader!.BlankRows;
            _run!.CountInput();
            if (phone.Problem != null)
            {
                _run.Enqueue(_ => System.Threading.Tasks.Task.FromResult(new AddLeadOutcome(phone, row, null)));
                return;
            }
            LeadToAdd? lead = Lead(phone, row, out InputProblem? problem);
            if (lead is null)
            {
                _run.Enqueue(_ => System.Threading.Tasks.Task.FromResult(new AddLeadOutcome(phone, row, null) { Refusal = problem }));
                return;
            }
            List<LeadFieldChange> cleaned = AddLeadChecks.Cleaning(lead, _executor!.NonLatin);
            InputProblem? refusal = AddLeadChecks.Backslash(lead, phone.Target);
            if (refusal is null && cleaned.Count > 0)
            {
                if (AllowCleanedValues || WhatIf())
                    WriteWarning($"Row {row}: the server would store {LeadFieldChange.Describe(cleaned)}.{_executor.NonLatin.Assumption}");
                else
                    refusal = AddLeadChecks.Cleaned(lead, cleaned, _executor.NonLatin, phone.Target);
            }
            if (refusal != null)
            {
                _run.Enqueue(_ => System.Threading.Tasks.Task.FromResult(new AddLeadOutcome(phone, row, lead) { Refusal = refusal }));
                return;
            }
            if (!ShouldProcessInput(() => ($"Lead {lead.Describe} (row {row})", $"Add to list {lead.ListId}: {Values(lead)}")))
                return;
            AddLeadExecutor executor = _executor;
            _run.Enqueue(token => executor.RunAsync(lead, token));
        }

        /// <summary>The row as a lead to add, or null with the problem (no list).</summary>
        private LeadToAdd? Lead(InputValue phone, long row, out InputProblem? problem)
        {
            var fields = new List<KeyValuePair<LeadField, string>>();
            var custom = new List<KeyValuePair<string, string>>();
            _rowValues!.Read(phone.InputObject, _reader!.ColumnsRead, fields, custom);
            foreach (string warning in _rowValues.NewUnmatchedWarnings("loaded", "add_lead does not take them (new leads are NEW; change them afterwards with Set-VicidialLead)", _customHint!))
                WriteWarning(warning);
            return LeadToAdd.From(phone, row, PhoneCode, ListId, fields, custom, _given, _givenCustom, out problem);
        }

        /// <summary>What the warning about unmatched columns says of custom fields, as far as the list's are known.</summary>
        private string CustomHint() => _labels is null ? " Custom field columns are found by name only with -ListId; else name them with -CustomFieldColumn."
            : _labels.NotKnown is string why ? $" The list's custom fields are not known ({why}): name custom field columns with -CustomFieldColumn."
            : " Custom fields go in columns named as the list's custom fields, or in -CustomField.";

        /// <summary>The custom field a column names: a label of the list, or a column named in -CustomFieldColumn.</summary>
        private string? CustomLabel(string column)
        {
            if (CustomFieldColumn != null && CustomFieldColumn.Contains(column, StringComparer.OrdinalIgnoreCase)) return column;
            // The list's custom fields are read once, when a row first has a column that may be one.
            if (ListId != null)
                _labels ??= ReadLabels(ListId);
            return _labels?.Find(column);
        }

        private CustomFieldLabels ReadLabels(string listId)
        {
            CustomFieldLabels labels = ListCustomFieldsReader.ReadAsync(_run!.Runner.Client, listId, CancellationToken.None).GetAwaiter().GetResult();
            WriteVerbose(labels.NotKnown is null
                ? $"List {listId} has {(labels.Labels.Count == 0 ? "no custom fields" : "the custom fields " + string.Join(", ", labels.Labels))}."
                : $"The custom fields of list {listId} are not known: {labels.NotKnown}.");
            return labels;
        }

        private List<KeyValuePair<LeadField, string>> GivenValues()
        {
            var values = new List<KeyValuePair<LeadField, string>>();
            if (Value is null) return values;
            foreach (DictionaryEntry entry in Value)
            {
                string name = PipelineRow.ColumnName(entry.Key);
                LeadField? field = LeadField.Find(name);
                if (field is null || !field.AddLeadTakes)
                    ThrowTerminatingError(ErrorRecords.InvalidInput("UnknownField", $"-Value names '{name}', which is no lead field add_lead takes{(field is null ? string.Empty : " (new leads are NEW; change the status afterwards with Set-VicidialLead)")}.", name,
                        "Name standard fields (first_name, city, source_id ...) in -Value, and custom fields in -CustomField."));
                string? text = InputText.Of(entry.Value);
                if (!string.IsNullOrEmpty(text))
                    values.Add(new KeyValuePair<LeadField, string>(field!, text!));
            }
            return values;
        }

        private string? Dnc(string list)
        {
            if (DncCheck is null) return null;
            if (DncCheck.Contains(list + "AreaCode", StringComparer.OrdinalIgnoreCase)) return "AREACODE";
            return DncCheck.Contains(list, StringComparer.OrdinalIgnoreCase) ? "Y" : null;
        }

        private static string Values(LeadToAdd lead)
        {
            IEnumerable<string> values = lead.Fields.Select(value => $"{value.Key.ApiName}='{value.Value}'")
                .Concat(lead.CustomFields.Select(value => $"custom {value.Key}='{value.Value}'"));
            string text = string.Join(", ", values);
            return text.Length == 0 ? $"phone_number={lead.Phone.Key}" : $"phone_number={lead.Phone.Key}, {text}";
        }

        private void WriteOutcome(AddLeadOutcome outcome) => _report!.Write(_run!, outcome);

        /// <summary>
        /// Ctrl+C: nothing more can be written to the pipeline, so the host is told what was added and from where to
        /// resume, as an outage's stop would say.
        /// </summary>
        protected override void StopProcessing()
        {
            base.StopProcessing();
            if (_report is null) return;
            try
            {
                Host?.UI?.WriteWarningLine(_report.Stopped());
            }
            catch (Exception exception) when (exception is HostException || exception is NotImplementedException || exception is InvalidOperationException)
            {
                // A host without a console: the results written so far carry their Row.
            }
        }
    }
}
