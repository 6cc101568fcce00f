using System;
using System.Collections;
using System.Management.Automation;
using VicidialLeads.LeadDetails;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// Reads whole leads with the API's lead_all_info: by lead id (one request each) or by phone number (up to
    /// 1000 leads each, newest first). One <see cref="VicidialLead"/> per lead, in input order.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "VicidialLead", DefaultParameterSetName = LeadIdSet)]
    [OutputType(typeof(VicidialLead))]
    public sealed class GetVicidialLeadCommand : VicidialApiCommand
    {
        private const string LeadIdSet = "LeadId";
        private const string PhoneNumberSet = "PhoneNumber";

        private LeadDetailsExecutor? _executor;

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = LeadIdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("LeadIds", "lead_id")]
        [AllowEmptyCollection]
        public long[] LeadId { get; set; } = Array.Empty<long>();

        [Parameter(Mandatory = true, ParameterSetName = PhoneNumberSet)]
        [AllowEmptyString]
        public string[] PhoneNumber { get; set; } = Array.Empty<string>();

        /// <summary>Reads the archive table (vicidial_list_archive) instead of the live lead table.</summary>
        [Parameter]
        public SwitchParameter Archived { get; set; }

        /// <summary>Adds the custom fields of each lead's list, as properties and in CustomFields.</summary>
        [Parameter]
        public SwitchParameter IncludeCustomFields { get; set; }

        protected override void BeginProcessing()
        {
            ConnectToSession("Reading VICIdial leads", ParameterSetName == PhoneNumberSet ? "phone numbers" : "lead ids",
                ParameterSetName == PhoneNumberSet ? PhoneNumber?.Length : LeadId?.Length);
            _executor = new LeadDetailsExecutor(Runner, Archived, IncludeCustomFields);
        }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == PhoneNumberSet)
            {
                foreach (string value in PhoneNumber ?? Array.Empty<string>())
                {
                    CountInput();
                    Submit(LeadQuery.ForPhone(value));
                }
            }
            else
            {
                foreach (long id in LeadId ?? Array.Empty<long>())
                {
                    CountInput();
                    Submit(LeadQuery.ForLead(id));
                }
            }
        }

        protected override void EndProcessing() => WriteRemaining();

        private void Submit(LeadQuery query)
        {
            LeadDetailsExecutor executor = _executor!;
            Enqueue(async token => await executor.RunAsync(query, token).ConfigureAwait(false));
        }

        internal override void WriteOutcome(object finished)
        {
            var outcome = (LeadQueryOutcome)finished;
            foreach (string line in outcome.Log)
                WriteVerbose(line);

            LeadQuery query = outcome.Query;
            if (outcome.StoppingError != null)
                ThrowStop(outcome.StoppingError, "LeadReadRefused", query.InputValue);
            if (query.Problem is null && outcome.Error is null && outcome.Items.Exists(item => item is VicidialLead))
                Progress.Result(true);
            else
                Progress.Error();
            if (query.Problem != null)
                WriteError(ErrorRecords.InvalidInput(ParameterSetName == LeadIdSet ? "InvalidLeadId" : "InvalidPhoneNumber", query.Problem, query.InputValue));
            else if (outcome.Error != null)
                WriteError(ErrorRecords.Failure(outcome.Error, "LeadReadFailed", query.InputValue, $"Reading {query.Describe} failed: {outcome.Error.Message}"));
            else
            {
                object target = query.LeadId.HasValue ? (object)query.LeadId.Value : query.InputValue;
                foreach (object item in outcome.Items)
                {
                    if (item is VicidialLead lead)
                        WriteObject(WithCustomFieldProperties(lead));
                    else
                        WriteError(ErrorRecords.Failure((VicidialLeadUnavailableException)item, "LeadUnavailable", target));
                }
            }
        }

        /// <summary>Custom fields also become properties, so Select-Object and Export-Csv see them by name.</summary>
        private static object WithCustomFieldProperties(VicidialLead lead)
        {
            if (lead.CustomFields.Count == 0) return lead;
            var wrapped = PSObject.AsPSObject(lead);
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
