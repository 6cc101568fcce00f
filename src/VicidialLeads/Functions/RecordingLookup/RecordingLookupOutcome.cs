using System.Collections.Generic;
using VicidialLeads.Input;
using VicidialLeads.Policy;

namespace VicidialLeads.Functions.RecordingLookup
{
    /// <summary>What one recording_lookup question produced: its recordings, oldest first, or why it failed.</summary>
    internal sealed class RecordingLookupOutcome : ApiOutcome
    {
        public RecordingLookupOutcome(InputValue? lead, string describe, object target)
        {
            Lead = lead;
            Describe = describe;
            Target = target;
        }

        /// <summary>The lead asked about; null for a search by user and date.</summary>
        public InputValue? Lead { get; }

        /// <summary>The question in messages: "lead 1010023", "user 6666 on 2026-11-30".</summary>
        public string Describe { get; }

        /// <summary>What an error about the question names.</summary>
        public object Target { get; }

        public List<VicidialRecording> Recordings { get; } = new List<VicidialRecording>();
    }
}
