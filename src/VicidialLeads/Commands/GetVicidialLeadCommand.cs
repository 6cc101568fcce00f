using System;
using System.Collections;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using VicidialLeads.Core;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// Reads whole leads with the API's lead_all_info: by lead id (one request each) or by phone number (up to
    /// 1000 leads each, newest first). One <see cref="VicidialLead"/> per lead, in input order.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "VicidialLead", DefaultParameterSetName = LeadIdSet)]
    [OutputType(typeof(VicidialLead))]
    public sealed class GetVicidialLeadCommand : PSCmdlet, IDisposable
    {
        private const string LeadIdSet = "LeadId";
        private const string PhoneNumberSet = "PhoneNumber";

        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private readonly OrderedTaskWindow<LeadQueryOutcome> _window = new OrderedTaskWindow<LeadQueryOutcome>();
        private ApiRequestRunner? _runner;
        private LeadDetailsExecutor? _executor;
        private VicidialSession? _session;

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = LeadIdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("LeadIds", "lead_id")]
        [AllowEmptyCollection]
        public long[] LeadId { get; set; } = Array.Empty<long>();

        [Parameter(Mandatory = true, ParameterSetName = PhoneNumberSet)]
        [AllowEmptyString]
        public string[] PhoneNumber { get; set; } = Array.Empty<string>();

        [Parameter]
        public VicidialSession? Session { get; set; }

        /// <summary>Reads the archive table (vicidial_list_archive) instead of the live lead table.</summary>
        [Parameter]
        public SwitchParameter Archived { get; set; }

        /// <summary>Adds the custom fields of each lead's list, as properties and in CustomFields.</summary>
        [Parameter]
        public SwitchParameter IncludeCustomFields { get; set; }

        [Parameter]
        [ValidateRange(1, 32)]
        public int ThrottleLimit { get; set; } = SearchVicidialLeadCommand.DefaultThrottleLimit;

        protected override void BeginProcessing()
        {
            _session = Session ?? DefaultSession.Current;
            if (_session is null)
                ThrowTerminatingError(ErrorRecords.NoSession());
            try
            {
                _runner = new ApiRequestRunner(_session!.Client);
            }
            catch (InvalidOperationException exception)
            {
                ThrowTerminatingError(new ErrorRecord(exception, "SessionDisconnected", ErrorCategory.ConnectionError, _session));
            }
            _executor = new LeadDetailsExecutor(_runner!, Archived, IncludeCustomFields);
        }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == PhoneNumberSet)
            {
                foreach (string value in PhoneNumber ?? Array.Empty<string>())
                    Submit(LeadQuery.ForPhone(value));
            }
            else
            {
                foreach (long id in LeadId ?? Array.Empty<long>())
                    Submit(LeadQuery.ForLead(id));
            }
        }

        protected override void EndProcessing()
        {
            while (_window.Count > 0)
                Write(_window.TakeOldest(_stop.Token));
        }

        protected override void StopProcessing() => _stop.Cancel();

        private void Submit(LeadQuery query)
        {
            // One request at a time until the server has accepted the login, as in Search-VicidialLead.
            while (_window.Count >= (_runner!.LoginAccepted ? ThrottleLimit : 1))
                Write(_window.TakeOldest(_stop.Token));
            LeadDetailsExecutor executor = _executor!;
            CancellationToken token = _stop.Token;
            _window.Add(query.Problem != null
                ? Task.FromResult(new LeadQueryOutcome(query))
                : Task.Run(() => executor.RunAsync(query, token), token));
            while (_window.TryTakeFinished(out Task<LeadQueryOutcome>? finished))
                Write(finished!);
        }

        private void Write(Task<LeadQueryOutcome> finished)
        {
            if (finished.IsCanceled || _stop.IsCancellationRequested)
                throw new PipelineStoppedException();

            LeadQueryOutcome outcome = finished.GetAwaiter().GetResult();
            foreach (string line in outcome.Log)
                WriteVerbose(line);

            LeadQuery query = outcome.Query;
            if (query.Problem != null)
                WriteError(new ErrorRecord(new ArgumentException(query.Problem), query.LeadId.HasValue || ParameterSetName == LeadIdSet ? "InvalidLeadId" : "InvalidPhoneNumber",
                    ErrorCategory.InvalidArgument, query.InputValue));
            else if (outcome.StoppingError != null)
                ThrowTerminatingError(ErrorRecords.ServerRefused(outcome.StoppingError, _session));
            else if (outcome.Error != null)
                WriteError(ErrorRecords.Failure(outcome.Error, "LeadReadFailed", query.InputValue, $"Reading {query.Describe} failed: {outcome.Error.Message}"));
            else if (outcome.NotFound)
                WriteError(new ErrorRecord(new ItemNotFoundException($"The server has no {query.Describe}{(Archived ? " in the archive" : string.Empty)}."),
                    "LeadNotFound", ErrorCategory.ObjectNotFound, query.LeadId.HasValue ? (object)query.LeadId.Value : query.InputValue));
            else
            {
                foreach (VicidialLead lead in outcome.Leads)
                    WriteObject(WithCustomFieldProperties(lead));
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

        public void Dispose()
        {
            _stop.Cancel();
            _window.Drain(TimeSpan.FromSeconds(1));
            _stop.Dispose();
        }
    }
}
