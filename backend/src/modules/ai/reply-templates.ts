// Fixed replies for turns where the wording must be safe regardless of provider.
import type { THandoffTrigger } from '@convix/shared/contracts';

export function handoffReply(trigger: THandoffTrigger, storeName: string): string {
  const team = `a member of the ${storeName} team`;
  switch (trigger) {
    case 'ANGER_DETECTED':
      return `I'm really sorry about this. I'm bringing in ${team} right now so they can sort it out personally; they'll see our whole conversation.`;
    case 'EXPLICIT_REQUEST':
      return `Of course. I'm connecting you with ${team}; they'll see our conversation so you won't need to repeat yourself.`;
    case 'HIGH_VALUE_AT_RISK':
      return `I'd like to make sure you get the best help with your order, so I'm connecting you with ${team} who can look at the options with you.`;
    case 'UNRESOLVED_AFTER_3':
      return `I'm sorry I haven't been able to answer that properly. I'm passing this to ${team} who can help directly.`;
    case 'AMBIGUOUS_INTENT':
      return `Thanks for bearing with me. I'm connecting you with ${team} who can work out exactly what you need.`;
    default:
      return `That's a great question and I want to get it right, so I'm passing it to ${team}. They'll reply here as soon as possible.`;
  }
}

export const declineReply = (storeName: string) =>
  `I'm sorry, but that's not something I can help with here. I'm happy to help with anything about ${storeName}'s products, orders, shipping or returns.`;

export const greetingReply = (storeName: string) => `Hi there! Welcome to ${storeName}. How can I help you today?`;
export const thanksReply = () => "You're welcome! Is there anything else I can help you with?";
export const unresolvedRetryReply = () =>
  "I'm sorry that didn't answer your question. Could you tell me a bit more about what you'd like to know, so I can find the right information?";
