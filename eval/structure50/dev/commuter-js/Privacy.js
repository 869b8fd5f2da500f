import React from 'react';

const Privacy = () => {
  return (
    <div className="container mx-auto px-4 py-8">
      <h1 className="text-3xl font-bold mb-4">隐私政策</h1>
      <p className="mb-4">
        我们非常重视您的隐私。本隐私政策旨在说明我们如何收集、使用和保护您的个人信息。
      </p>
      <h2 className="text-2xl font-bold mb-2">信息收集</h2>
      <p className="mb-4">
        我们只收集提供服务所必需的信息。这可能包括您的位置信息、联系方式和使用数据。
      </p>
      <h2 className="text-2xl font-bold mb-2">信息使用</h2>
      <p className="mb-4">
        我们使用收集的信息来提供和改进我们的服务，确保您的安全，并遵守法律要求。
      </p>
      <h2 className="text-2xl font-bold mb-2">信息保护</h2>
      <p className="mb-4">
        我们采用先进的安全措施来保护您的信息不被未经授权的访问、使用或泄露。
      </p>
      <p>
        如果您对我们的隐私政策有任何疑问，请联系我们的客户服务团队。
      </p>
    </div>
  );
};

export default Privacy;