using System;
using System.Collections;
using System.Management.Automation;
using VicidialLeads.Functions.LeadSearch;
using VicidialLeads.Input;
using VicidialLeads.Pipeline;

namespace VicidialLeads.Commands
{
    /// <summary>
    /// Finds the lead ids of phone numbers with the API's lead_search: one <see cref="LeadSearchResult"/>
    /// per valid input number, or one error naming it, in input order, streamed as batches complete.
    /// Pipeline rows of any shape are read through the one column resolver (<see cref="ColumnResolver"/>).
    /// </summary>
    [Cmdlet(VerbsCommon.Search, "VicidialLead", DefaultParameterSetName = InputObjectSet)]
    [OutputType(typeof(LeadSearchResult))]
    public sealed class SearchVicidialLeadCommand : PhoneNumberCommand
    {
        private const string VendorLeadCodeSet = "VendorLeadCode";

        /// <summary>The type name that selects the vendor-code table view.</summary>
        internal const string VendorLeadCodeResultTypeName = "VicidialLeads.LeadSearchResult#VendorLeadCode";

        /// <summary>Numbers per request; chosen by the benchmark (see README).</summary>
        public const int DefaultBatchSize = 500;

        private CommandRun<LeadSearchBatchOutcome>? _run;
        private PipelineInputReader? _reader;
        private InputBatcher? _batcher;
        private LeadSearchOptions? _options;
        private LeadSearchExecutor? _executor;
        private bool _byVendorLeadCode;
        private AppendedRows? _appended;

        /// <summary>Vendor lead codes to search instead of phone numbers (search_method=VENDOR_LEAD_CODE).</summary>
        [Parameter(Mandatory = true, ParameterSetName = VendorLeadCodeSet)]
        [Alias("vendor_lead_code")]
        [AllowNull]
        [AllowEmptyString]
        [AllowEmptyCollection]
        public string?[] VendorLeadCode { get; set; } = Array.Empty<string>();

        /// <summary>Writes each input row once, a copy with RecordsFound, LeadIds, Truncated and SearchError appended, instead of results.</summary>
        [Parameter]
        public SwitchParameter AppendResult { get; set; }

        /// <summary>Limits the search to this list (or, with -Scope Campaign, to the campaign holding it).</summary>
        [Parameter]
        public long ListId { get; set; }

        /// <summary>System (every list), List, or Campaign. List when -ListId is given, System otherwise.</summary>
        [Parameter]
        public LeadSearchScope Scope { get; set; }

        /// <summary>The most lead ids wanted per number, newest first.</summary>
        [Parameter]
        [ValidateRange(1, 1_000_000)]
        public int Records { get; set; } = 1000;

        /// <summary>Searches the archive table (vicidial_list_archive) only.</summary>
        [Parameter]
        public SwitchParameter Archived { get; set; }

        /// <summary>Distinct numbers per request.</summary>
        [Parameter]
        [ValidateRange(1, 1000)]
        public int BatchSize { get; set; } = DefaultBatchSize;

        protected override void BeginProcessing()
        {
            long? listId = MyInvocation.BoundParameters.ContainsKey(nameof(ListId)) ? ListId : (long?)null;
            LeadSearchScope? scope = LeadSearchScopeRules.Resolve(MyInvocation.BoundParameters.ContainsKey(nameof(Scope)) ? Scope : (LeadSearchScope?)null, listId, out InputProblem? problem);
            if (problem != null)
                ThrowTerminatingError(ErrorRecords.InvalidInput(problem));

            RequirePhoneCode(PhoneCode);

            _run = StartRun<LeadSearchBatchOutcome>("Searching VICIdial leads", "value", KnownTotal(), WriteOutcome);
            _options = new LeadSearchOptions(Records, Archived, LeadSearchMethod.PhoneNumber, scope!.Value, scope == LeadSearchScope.System ? null : listId);
            _batcher = new InputBatcher(BatchSize);
            _reader = new PipelineInputReader(InputKind.PhoneNumber, phoneNumbers: true, PhoneProperty, PhoneCode, Archived, "searched", WriteVerbose);
        }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == InputObjectSet)
            {
                _run!.Read(_reader!, InputObject, Submit, Flush);
                return;
            }
            bool byVendorLeadCode = ParameterSetName == VendorLeadCodeSet;
            foreach (string? value in (byVendorLeadCode ? VendorLeadCode : PhoneNumber) ?? new string?[] { null })
                Submit(byVendorLeadCode ? InputValue.VendorLeadCode(value, value) : InputValue.PhoneNumber(value, value, PhoneCode));
        }

        /// <summary>How many inputs a run has when they came as a parameter (for percent complete); null when unknown.</summary>
        private int? KnownTotal()
        {
            if (ParameterSetName == VendorLeadCodeSet) return VendorLeadCode?.Length;
            if (ParameterSetName != InputObjectSet) return PhoneNumber?.Length;
            object? value = PipelineRow.Unwrap(InputObject);
            return value is ICollection items && !(value is IDictionary) ? items.Count : 1;
        }

        protected override void EndProcessing()
        {
            Flush();
            _run!.WriteRemaining();
            string blank = _reader!.BlankRows > 0 ? $"; {CountWording.Of(_reader.BlankRows, "blank row")} skipped" : string.Empty;
            WriteVerbose($"Searched {CountWording.Of(_run.Progress.Done, "value")}: {_run.Progress.Found:N0} with leads, {CountWording.Of(_run.Progress.Errors, "error")}{blank}.");
        }

        /// <summary>Adds one value to the batch; the first value decides whether the run searches phone numbers or vendor lead codes.</summary>
        private void Submit(InputValue value)
        {
            if (_executor is null)
            {
                _byVendorLeadCode = value.Kind == InputKind.VendorLeadCode;
                _executor = new LeadSearchExecutor(_run!.Runner, _options!.With(_byVendorLeadCode ? LeadSearchMethod.VendorLeadCode : LeadSearchMethod.PhoneNumber));
            }
            _run!.CountInput();
            Send(_batcher!.Add(value));
        }

        /// <summary>Sends the partly filled batch.</summary>
        private void Flush()
        {
            if (_executor != null)
                Send(_batcher!.Flush());
        }

        private void Send(InputBatch? batch)
        {
            if (batch is null)
            {
                _run!.WriteFinished();
                return;
            }
            LeadSearchExecutor executor = _executor!;
            _run!.Enqueue(token => executor.RunAsync(batch, token));
        }

        private void WriteOutcome(LeadSearchBatchOutcome outcome)
        {
            CommandRun<LeadSearchBatchOutcome> run = _run!;
            foreach (string line in outcome.Log)
                WriteVerbose(line);

            foreach (InputValue input in outcome.Batch.Inputs)
            {
                if (input.Key is null)
                {
                    run.Reject(input, _byVendorLeadCode ? "InvalidVendorLeadCode" : "InvalidPhoneNumber", InputFix);
                    WriteAppended(input, null, input.Problem);
                    continue;
                }

                run.Accept();
                if (outcome.Numbers.TryGetValue(input.Key, out NumberOutcome? number) &&
                    (input.AlternateKey is null || outcome.Numbers.ContainsKey(input.AlternateKey)))
                {
                    if (input.AlternateKey != null)
                        number = NumberOutcome.Merge(number, outcome.Numbers[input.AlternateKey], Records);
                    if (number.Error != null)
                    {
                        run.Progress.Error();
                        string details = $"Searching {Describe(input)} failed: {number.Error.Message}";
                        WriteError(ErrorRecords.Failure(number.Error, "LeadSearchFailed", input.Target, details));
                        WriteAppended(input, null, details);
                    }
                    else
                    {
                        run.Progress.Result(number.LeadIds!.Count > 0);
                        if (AppendResult)
                            WriteAppended(input, Result(input, number), null);
                        else
                            WriteObject(ResultObject(input, number));
                    }
                }
                else if (outcome.StoppingError != null)
                {
                    // The run stopped (a refusal, an outage, a closed session): stop here, after everything before this input.
                    run.Stop(outcome.StoppingError, "LeadSearchRefused", input);
                }
                else
                {
                    throw new InvalidOperationException($"No outcome was recorded for {input.Key}.");
                }
            }
        }

        /// <summary>What to do about a value that is not a phone number (or vendor lead code).</summary>
        private string InputFix => _byVendorLeadCode
            ? "Correct the vendor lead code in the input, then search it again."
            : "Correct the number in the input (or pick the right column with -PhoneProperty), then search it again.";

        private static string Describe(InputValue input) =>
            input.AlternateKey is null ? input.Key! : $"{input.Key} (and {input.AlternateKey})";

        private LeadSearchResult Result(InputValue input, NumberOutcome outcome) =>
            new LeadSearchResult(_byVendorLeadCode ? LeadSearchMethod.VendorLeadCode : LeadSearchMethod.PhoneNumber, input.Key!, input.Text,
                outcome.LeadIds!, Archived, outcome.Truncated, input.InputObject, input.Parts > 1 ? input.Column : null);

        private object ResultObject(InputValue input, NumberOutcome outcome)
        {
            LeadSearchResult result = Result(input, outcome);
            if (!_byVendorLeadCode)
                return result;
            var wrapped = PSObject.AsPSObject(result);
            wrapped.TypeNames.Insert(0, VendorLeadCodeResultTypeName);
            return wrapped;
        }

        /// <summary>With -AppendResult, writes the input row with the result's columns (or the reason it has none).</summary>
        private void WriteAppended(InputValue input, LeadSearchResult? result, string? error)
        {
            if (!AppendResult) return;
            _appended ??= new AppendedRows(_byVendorLeadCode ? LeadSearchMethod.VendorLeadCode : LeadSearchMethod.PhoneNumber, Archived);
            PSObject? row = _appended.Next(input, result, error);
            if (_appended.Notice != null)
                WriteVerbose(_appended.Notice);
            if (row != null)
                WriteObject(row);
        }
    }
}
