using System;

namespace VicidialLeads
{
    /// <summary>Base of every error the module raises for a VICIdial request. Messages never hold the password.</summary>
    public abstract class VicidialApiException : Exception
    {
        protected VicidialApiException(string message, string? recommendedAction = null) : base(message) => RecommendedAction = recommendedAction;

        /// <summary>True when the same request may succeed if sent again.</summary>
        public abstract bool IsTransient { get; }

        /// <summary>What the user can do about it, when there is something; it becomes the error's ErrorDetails.RecommendedAction.</summary>
        public string? RecommendedAction { get; }
    }
}
