using System;
using System.Globalization;

namespace VicidialLeads
{
    /// <summary>
    /// One call to or from a phone number, as phone_number_log lists it. CallDate is the server's local time (the
    /// server's own clock, with no offset attached): VICIdial stores call times that way.
    /// </summary>
    public sealed class VicidialCall
    {
        /// <summary>Builds a call; public so that tests of scripts can stand in for Get-VicidialCallLog.</summary>
        public VicidialCall(string phoneNumber, CallDirection direction, DateTime callDate, long listId, int lengthSec, string leadStatus,
            string hangupReason, string callStatus, string sourceId, string user)
        {
            PhoneNumber = phoneNumber;
            Direction = direction;
            CallDate = callDate;
            ListId = listId;
            LengthSec = lengthSec;
            LeadStatus = leadStatus;
            HangupReason = hangupReason;
            CallStatus = callStatus;
            SourceId = sourceId;
            User = user;
        }

        /// <summary>The number as the server stored the call (digits, as it was asked about).</summary>
        public string PhoneNumber { get; }

        public CallDirection Direction { get; }

        /// <summary>When the call started, in the server's local time.</summary>
        public DateTime CallDate { get; }

        public long ListId { get; }

        public int LengthSec { get; }

        /// <summary>The lead's status now (vicidial_list), not at the time of the call.</summary>
        public string LeadStatus { get; }

        /// <summary>Who ended the call: AGENT, CALLER, ABANDON, ... (the log's term_reason).</summary>
        public string HangupReason { get; }

        /// <summary>The call's disposition (SALE, NA, CALLBK, ...).</summary>
        public string CallStatus { get; }

        public string SourceId { get; }

        /// <summary>The agent, or VDAD for a call the dialer ended without one.</summary>
        public string User { get; }

        public override string ToString() =>
            string.Format(CultureInfo.InvariantCulture, "{0} {1} {2:yyyy-MM-dd HH:mm:ss} {3}", PhoneNumber, Direction, CallDate, CallStatus);
    }
}
