using System;
using System.Collections.Generic;
using VicidialLeads.Input;
using VicidialLeads.Policy;

namespace VicidialLeads.Functions.PhoneNumberLog
{
    /// <summary>What one batch produced: the calls of each number asked about, newest first, or why the batch failed.</summary>
    internal sealed class PhoneNumberLogOutcome : ApiOutcome
    {
        public PhoneNumberLogOutcome(InputBatch batch) => Batch = batch;

        public InputBatch Batch { get; }

        /// <summary>Every number asked about, with its calls (an empty list when it has none); filled only when the batch was answered.</summary>
        public Dictionary<string, List<VicidialCall>> Calls { get; } = new Dictionary<string, List<VicidialCall>>(StringComparer.Ordinal);
    }
}
