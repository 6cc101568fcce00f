using System;
using System.Collections.Generic;
using VicidialLeads.Input;

namespace VicidialLeads.Functions.PhoneNumberLog
{
    /// <summary>What one batch produced: the calls of each number asked about, newest first, or why the batch failed.</summary>
    internal sealed class PhoneNumberLogOutcome
    {
        public PhoneNumberLogOutcome(InputBatch batch) => Batch = batch;

        public InputBatch Batch { get; }

        /// <summary>Every number asked about, with its calls (an empty list when it has none); filled only when the batch was answered.</summary>
        public Dictionary<string, List<VicidialCall>> Calls { get; } = new Dictionary<string, List<VicidialCall>>(StringComparer.Ordinal);

        /// <summary>Why the batch failed after its retries; null when it was answered.</summary>
        public VicidialApiException? Error { get; set; }

        /// <summary>Set when the run must stop (a refusal, an outage, a closed session); the batch was not answered.</summary>
        public VicidialApiException? StoppingError { get; set; }

        /// <summary>What each request did, for -Verbose (never holds credentials).</summary>
        public List<string> Log { get; } = new List<string>();
    }
}
