using System.Collections.Generic;
using VicidialLeads.Input;
using VicidialLeads.Policy;

namespace VicidialLeads.Functions.DncPhone
{
    /// <summary>What the DNC requests for one input number produced: the server's answer per entry asked about, or why they failed.</summary>
    internal sealed class DncPhoneOutcome : ApiOutcome
    {
        public DncPhoneOutcome(InputValue number) => Number = number;

        /// <summary>The number asked about.</summary>
        public InputValue Number { get; }

        /// <summary>The answers, the number's own entry first, then (Remove only) the entry with its country code.</summary>
        public List<DncPhoneAnswer> Answers { get; } = new List<DncPhoneAnswer>();
    }
}
