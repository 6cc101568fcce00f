using VicidialLeads.Input;
using VicidialLeads.Policy;

namespace VicidialLeads.Functions.AddLead
{
    /// <summary>What loading one row produced: the server's answer, a refusal before sending, or why it is not known.</summary>
    internal sealed class AddLeadOutcome : ApiOutcome
    {
        public AddLeadOutcome(InputValue phone, long row, LeadToAdd? lead)
        {
            Phone = phone;
            Row = row;
            Lead = lead;
        }

        /// <summary>The row's phone number as read (with its Problem when it is none).</summary>
        public InputValue Phone { get; }

        /// <summary>The row's place in the input, from 1.</summary>
        public long Row { get; }

        /// <summary>The row as sent; null when it was not (its phone number or list was refused).</summary>
        public LeadToAdd? Lead { get; }

        /// <summary>The server's answer, or the lead found after a lost answer (<see cref="Verified"/>).</summary>
        public AddLeadAnswer? Answer { get; set; }

        /// <summary>True when the answer was lost and the lead was found in the list afterwards.</summary>
        public bool Verified { get; set; }

        /// <summary>Set when the answer was lost and the check could not tell whether the lead was added: why.</summary>
        public string? Unknown { get; set; }

        /// <summary>Why the row was not sent at all (a value the server would change, a trailing backslash).</summary>
        public InputProblem? Refusal { get; set; }
    }
}
