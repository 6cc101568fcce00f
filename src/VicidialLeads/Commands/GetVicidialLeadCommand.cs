using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using VicidialLeads.Functions.LeadAllInfo;
using VicidialLeads.Input;
using VicidialLeads.Pipeline;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// Reads whole leads with the API's lead_all_info: by lead id (one request each) or by phone number (up to
    /// 1000 leads each, newest first). One <see cref="VicidialLead"/> per lead, in input order. Pipeline rows are
    /// read by their lead id columns, else by their phone number column, with the same resolver as Search-VicidialLead.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "VicidialLead", DefaultParameterSetName = InputObjectSet)]
    [OutputType(typeof(VicidialLead))]
    public sealed class GetVicidialLeadCommand : LeadIdCommand
    {
        private const string PhoneNumberSet = "PhoneNumber";

        private CommandRun<LeadAllInfoOutcome>? _run;
        private PipelineInputReader? _reader;
        private LeadAllInfoExecutor? _executor;

        [Parameter(Mandatory = true, ParameterSetName = PhoneNumberSet)]
        [AllowEmptyString]
        public string[] PhoneNumber { get; set; } = Array.Empty<string>();

        /// <summary>The columns of pipeline rows that hold phone numbers (the leads of each are read), instead of any lead id column.</summary>
        [Parameter(ParameterSetName = InputObjectSet)]
        [ValidateNotNullOrEmpty]
        public string[]? PhoneProperty { get; set; }

        /// <summary>The country code of the numbers (VICIdial's phone_code); a leading + must be followed by it.</summary>
        [Parameter]
        [ArgumentCompleter(typeof(PhoneCodeCompleter))]
        public string PhoneCode { get; set; } = PhoneNumberRules.DefaultPhoneCode;

        /// <summary>Reads the archive table (vicidial_list_archive) instead of the live lead table.</summary>
        [Parameter]
        public SwitchParameter Archived { get; set; }

        /// <summary>The most leads read per phone number, newest first; all of them when omitted. A warning names how many a cut number has.</summary>
        [Parameter]
        [ValidateRange(1, 1_000_000)]
        public int Records { get; set; }

        /// <summary>Adds the custom fields of each lead's list, as properties and in CustomFields.</summary>
        [Parameter]
        public SwitchParameter IncludeCustomFields { get; set; }

        protected override void BeginProcessing()
        {
            RequirePhoneCode(PhoneCode);
            _run = StartRun<LeadAllInfoOutcome>("Reading VICIdial leads", ParameterSetName == PhoneNumberSet ? "phone number" : "lead id",
                ParameterSetName == PhoneNumberSet ? PhoneNumber?.Length : ParameterSetName == LeadIdSet ? LeadId?.Length : (int?)null, WriteOutcome);
            _executor = new LeadAllInfoExecutor(_run.Runner, IncludeCustomFields, MyInvocation.BoundParameters.ContainsKey(nameof(Records)) ? Records : (int?)null);
            _reader = new PipelineInputReader(InputKind.LeadId, phoneNumbers: true, PhoneProperty, PhoneCode, Archived, "read", WriteVerbose);
        }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == PhoneNumberSet)
            {
                foreach (string value in PhoneNumber ?? Array.Empty<string>())
                    Submit(InputValue.PhoneNumber(value, value, PhoneCode, Archived));
            }
            else
            {
                ReadLeadIds(_run!, _reader!, Submit, Archived);
            }
        }

        protected override void EndProcessing()
        {
            _run!.WriteRemaining();
            string blank = _reader!.BlankRows > 0 ? $"; {CountWording.Of(_reader.BlankRows, "blank row")} skipped" : string.Empty;
            WriteVerbose($"Read {CountWording.Of(_run.Progress.Done, "lead id or phone number", "lead ids or phone numbers")}: {_run.Progress.Found:N0} with leads, {CountWording.Of(_run.Progress.Errors, "error")}{blank}.");
        }

        private void Submit(InputValue query)
        {
            _run!.CountInput();
            LeadAllInfoExecutor executor = _executor!;
            _run.Enqueue(token => executor.RunAsync(query, token));
        }

        private void WriteOutcome(LeadAllInfoOutcome outcome)
        {
            CommandRun<LeadAllInfoOutcome> run = _run!;
            foreach (string line in outcome.Log)
                WriteVerbose(line);
            foreach (string warning in outcome.Warnings)
                WriteWarning(warning);

            InputValue query = outcome.Query;
            if (outcome.StoppingError != null)
                run.Stop(outcome.StoppingError, "LeadReadRefused", query);
            if (query.Problem != null)
            {
                run.Reject(query, query.Kind == InputKind.PhoneNumber ? "InvalidPhoneNumber" : "InvalidLeadId",
                    query.Kind == InputKind.PhoneNumber ? "Correct the number in the input (or pick the right column with -PhoneProperty), then read it again."
                    : "Give lead ids as whole numbers from 1 up, or read the leads of a phone number with -PhoneNumber.");
                return;
            }

            run.Accept();
            if (outcome.Error != null)
            {
                run.Progress.Error();
                WriteError(ErrorRecords.Failure(outcome.Error, "LeadReadFailed", query.Target, $"Reading {query.Describe} failed: {outcome.Error.Message}"));
                return;
            }
            if (outcome.Items.Exists(item => item.Lead != null))
                run.Progress.Result(true);
            else
                run.Progress.Error();
            object target = query.LeadId.HasValue ? (object)query.LeadId.Value : query.Target;
            foreach (LeadAllInfoItem item in outcome.Items)
            {
                if (item.Lead != null)
                    WriteObject(WithCustomFieldProperties(item.Lead));
                else
                    WriteError(ErrorRecords.Failure(item.Unavailable!, "LeadUnavailable", target));
            }
        }

        /// <summary>
        /// Custom fields also become properties, so Select-Object and Export-Csv see them by name. PowerShell lists a
        /// wrapper's own properties before the type's, so the standard fields are set on the wrapper first, with the same
        /// values: Export-Csv then writes the standard columns first, in their documented order, and the custom ones after.
        /// </summary>
        private static object WithCustomFieldProperties(VicidialLead lead)
        {
            if (lead.CustomFields.Count == 0) return lead;
            var wrapped = PSObject.AsPSObject(lead);
            var standard = new List<PSPropertyInfo>();
            foreach (PSPropertyInfo property in wrapped.Properties)
                standard.Add(property);
            foreach (PSPropertyInfo property in standard)
                wrapped.Properties.Add(new PSNoteProperty(property.Name, property.Value));
            foreach (DictionaryEntry field in lead.CustomFields)
            {
                string name = (string)field.Key;
                if (wrapped.Properties[name] is null)
                    wrapped.Properties.Add(new PSNoteProperty(name, field.Value));
            }
            return wrapped;
        }
    }
}
