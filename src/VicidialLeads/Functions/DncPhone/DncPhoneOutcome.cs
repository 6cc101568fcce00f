using System.Collections.Generic;
using VicidialLeads.Input;

namespace VicidialLeads.Functions.DncPhone
{
    /// <summary>What the DNC requests for one input number produced: the server's answer per entry asked about, or why they failed.</summary>
    internal sealed class DncPhoneOutcome
    {
        public DncPhoneOutcome(InputValue number) => Number = number;

        /// <summary>The number asked about.</summary>
        public InputValue Number { get; }

        /// <summary>The answers, the number's own entry first, then (Remove only) the entry with its country code.</summary>
        public List<DncPhoneAnswer> Answers { get; } = new List<DncPhoneAnswer>();

        /// <summary>Why the number failed after its retries; null when it was answered.</summary>
        public VicidialApiException? Error { get; set; }

        /// <summary>Set when the run must stop (a refusal, an outage, a closed session); the number was not answered.</summary>
        public VicidialApiException? StoppingError { get; set; }

        /// <summary>What each request did, for -Verbose (never holds credentials).</summary>
        public List<string> Log { get; } = new List<string>();
    }
}
