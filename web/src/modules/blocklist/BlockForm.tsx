import { useMutation } from '@apollo/client/react';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { hasApiErrorCode } from '../../apollo';
import type { BlockIdentifierMutation, IdentifierKind, PaymentKind } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { blockIdentifierMutation, ringBlocklistQuery } from './blocklist.graphql';
import { describeReason, fieldProblemsOf, type FieldProblem } from './problems';

export type BlockResult = BlockIdentifierMutation['blockIdentifier'];

type Field = 'identifier' | 'kind' | 'paymentKind' | 'courier' | 'reason';
const FIELDS: readonly Field[] = ['kind', 'identifier', 'paymentKind', 'courier', 'reason'];

// Every kind, the ones curators block most often first (a Record, so a new kind is a compile error).
const KIND_ORDER: Record<IdentifierKind, true> = {
  PHONE: true,
  PAYMENT_ACCOUNT: true,
  WAYBILL: true,
  ADDRESS: true,
  DEVICE: true,
  EMAIL: true,
  IP: true,
  RESIDENT_ID: true,
};
const KINDS = Object.keys(KIND_ORDER) as IdentifierKind[];
const PAYMENT_KINDS: readonly PaymentKind[] = ['ALIPAY', 'WECHAT_PAY', 'BANK_CARD'];

function isField(field: string): field is Field {
  return (FIELDS as readonly string[]).includes(field);
}

/**
 * Adds an identifier to the blocklist, written as the officer has it. The API normalises and
 * checks it; its field problems are shown beside the fields they name.
 */
export function BlockForm({ onBlocked }: { onBlocked: (result: BlockResult) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [block, { loading }] = useMutation(blockIdentifierMutation, {
    refetchQueries: [ringBlocklistQuery],
    awaitRefetchQueries: true,
  });
  const [kind, setKind] = useState<IdentifierKind>('PHONE');
  const [identifier, setIdentifier] = useState('');
  const [paymentKind, setPaymentKind] = useState<PaymentKind | ''>('');
  const [courier, setCourier] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<'checkFields' | 'forbidden' | 'submitFailed' | null>(null);
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null>>>({});

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setProblems([]);
    setFailure(null);
    try {
      const { data } = await block({
        variables: {
          input: {
            identifier,
            kind,
            reason,
            // Sent only with the kind they qualify, so that switching kinds leaves nothing stale.
            paymentKind: kind === 'PAYMENT_ACCOUNT' && paymentKind !== '' ? paymentKind : null,
            courier: kind === 'WAYBILL' && courier.trim() !== '' ? courier.trim() : null,
          },
        },
      });
      if (!data) throw new Error('blockIdentifier answered without data');
      setIdentifier('');
      setCourier('');
      setReason('');
      inputs.current.identifier?.focus();
      onBlocked(data.blockIdentifier);
    } catch (error) {
      const found = fieldProblemsOf(error);
      if (found.length > 0 || hasApiErrorCode(error, 'BAD_USER_INPUT')) {
        setProblems(found);
        setFailure('checkFields');
        const first = FIELDS.find((field) => found.some((p) => p.field === field));
        if (first) inputs.current[first]?.focus();
      } else {
        setFailure(hasApiErrorCode(error, 'FORBIDDEN') ? 'forbidden' : 'submitFailed');
      }
    }
  }

  const problemsOf = (field: Field) => problems.filter((p) => p.field === field);
  const otherProblems = problems.filter((p) => !isField(p.field));
  const errorId = (field: Field) => `${id}-${field}-error`;
  const hintId = (field: Field) => `${id}-${field}-hint`;
  const describedBy = (field: Field, hint: boolean) =>
    [hint ? hintId(field) : null, problemsOf(field).length > 0 ? errorId(field) : null].filter(Boolean).join(' ') || undefined;
  const invalid = (field: Field) => problemsOf(field).length > 0 || undefined;

  function fieldError(field: Field): ReactNode {
    const own = problemsOf(field);
    if (own.length === 0) return null;
    return (
      <p id={errorId(field)} className="field__error" data-testid={`block-error-${field}`}>
        {own.map((problem, i) => {
          const { text, lang } = describeReason(problem.reason, t);
          return (
            <span key={i} lang={lang}>
              {text}
            </span>
          );
        })}
      </p>
    );
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="panel__title">
        {t.blocklist.addTitle}
      </h2>
      <p className="muted">{t.blocklist.addIntro}</p>
      {failure && (
        <div className="notice notice--error" role="alert" data-testid="block-error">
          <p className="blocklist-notice__text">{t.blocklist[failure]}</p>
          {otherProblems.length > 0 && (
            <ul className="blocklist-notice__list">
              {otherProblems.map((problem, i) => (
                <li key={i} lang="en">
                  <span className="code code--plain">{problem.field}</span> {problem.reason}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {/* The API is the one judge of the input (it normalises as the intake does): no browser validation. */}
      <form className="form blocklist-form" noValidate onSubmit={(event) => void handleSubmit(event)}>
        <div className="blocklist-form__row">
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t.blocklist.kind}</label>
            <select
              id={`${id}-kind`}
              ref={(el) => void (inputs.current.kind = el)}
              data-testid="block-kind"
              value={kind}
              aria-invalid={invalid('kind')}
              aria-describedby={describedBy('kind', false)}
              onChange={(event) => setKind(event.currentTarget.value as IdentifierKind)}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t.blocklist.kindName[k]}
                </option>
              ))}
            </select>
            {fieldError('kind')}
          </div>
          {kind === 'PAYMENT_ACCOUNT' && (
            <div className="field">
              <label htmlFor={`${id}-paymentKind`}>{t.blocklist.paymentKind}</label>
              <select
                id={`${id}-paymentKind`}
                ref={(el) => void (inputs.current.paymentKind = el)}
                data-testid="block-payment-kind"
                value={paymentKind}
                aria-invalid={invalid('paymentKind')}
                aria-describedby={describedBy('paymentKind', false)}
                onChange={(event) => setPaymentKind(event.currentTarget.value as PaymentKind | '')}
              >
                <option value="">{t.blocklist.choosePaymentKind}</option>
                {PAYMENT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t.blocklist.paymentKindName[k]}
                  </option>
                ))}
              </select>
              {fieldError('paymentKind')}
            </div>
          )}
          {kind === 'WAYBILL' && (
            <div className="field">
              <label htmlFor={`${id}-courier`}>{t.blocklist.courier}</label>
              <input
                id={`${id}-courier`}
                ref={(el) => void (inputs.current.courier = el)}
                data-testid="block-courier"
                value={courier}
                aria-invalid={invalid('courier')}
                aria-describedby={describedBy('courier', true)}
                onChange={(event) => setCourier(event.currentTarget.value)}
              />
              <p id={hintId('courier')} className="field__hint muted">
                {t.blocklist.courierHint}
              </p>
              {fieldError('courier')}
            </div>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-identifier`}>{t.blocklist.identifier}</label>
          <input
            id={`${id}-identifier`}
            ref={(el) => void (inputs.current.identifier = el)}
            data-testid="block-identifier"
            autoComplete="off"
            spellCheck={false}
            placeholder={t.blocklist.identifierExample[kind]}
            value={identifier}
            aria-invalid={invalid('identifier')}
            aria-describedby={describedBy('identifier', true)}
            onChange={(event) => setIdentifier(event.currentTarget.value)}
          />
          <p id={hintId('identifier')} className="field__hint muted">
            {t.blocklist.identifierHint}
          </p>
          {fieldError('identifier')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-reason`}>{t.blocklist.reason}</label>
          <textarea
            id={`${id}-reason`}
            ref={(el) => void (inputs.current.reason = el)}
            data-testid="block-reason"
            rows={2}
            value={reason}
            aria-invalid={invalid('reason')}
            aria-describedby={describedBy('reason', true)}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <p id={hintId('reason')} className="field__hint muted">
            {t.blocklist.reasonHint}
          </p>
          {fieldError('reason')}
        </div>
        <div>
          <button type="submit" className="button button--primary" data-testid="block-submit" disabled={loading} aria-busy={loading}>
            {loading ? t.blocklist.submitting : t.blocklist.submit}
          </button>
        </div>
      </form>
    </section>
  );
}
