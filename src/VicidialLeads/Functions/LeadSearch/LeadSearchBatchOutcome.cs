using System;
using System.Collections.Generic;
using VicidialLeads.Input;

namespace VicidialLeads.Functions.LeadSearch
{
    /// <summary>Everything one batch produced, handed back to the pipeline thread to write out.</summary>
    internal sealed class LeadSearchBatchOutcome
    {
        public LeadSearchBatchOutcome(InputBatch batch) => Batch = batch;

        public InputBatch Batch { get; }
        public Dictionary<string, NumberOutcome> Numbers { get; } = new Dictionary<string, NumberOutcome>(StringComparer.Ordinal);

        /// <summary>
        /// Set when the run must stop: the server refused the work as a whole (login, lock, permission, source), kept
        /// failing (an outage), or the session was disconnected. Keys without an outcome were not sent.
        /// </summary>
        public VicidialApiException? StoppingError { get; set; }

        /// <summary>What each request did, for -Verbose (never holds credentials).</summary>
        public List<string> Log { get; } = new List<string>();
    }
}
